package consumer;

import java.util.List;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.result.AnalysisJson;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Quote;

/** Analyzes one short text through the library alone and checks that no CLI-only dependency came along. */
public final class Consumer {
    public static void main(String[] args) {
        for (String cliOnly : List.of("picocli.CommandLine", "org.slf4j.simple.SimpleLogger", "org.apache.spark.sql.Dataset")) {
            try {
                Class.forName(cliOnly);
                throw new IllegalStateException(cliOnly + " is on a library user's classpath");
            } catch (ClassNotFoundException expected) {
                // only the analyzer's own dependencies are here
            }
        }
        String text = "Mayor Aziz Karimov opened a new bridge in Tashkent on Friday. "
                + "\"Trucks will cross it by spring,\" Karimov told reporters.";
        ArticleAnalysis a = ArticleAnalyzer.create().analyze(text);
        if (a.persons().isEmpty() || a.quotes().isEmpty()) {
            throw new IllegalStateException("expected a person and a quote: " + AnalysisJson.write(a, null, false));
        }
        for (Quote q : a.quotes()) {
            System.out.println(q.speaker() + ": " + text.substring(q.start(), q.end()));
        }
        System.out.println("consumer: ok, " + a.persons().size() + " person(s), " + a.places().size() + " place(s)");
    }
}
