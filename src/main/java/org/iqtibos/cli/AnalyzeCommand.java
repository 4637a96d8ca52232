package org.iqtibos.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.Language;
import org.iqtibos.result.AnalysisHtml;
import org.iqtibos.result.AnalysisJson;
import org.iqtibos.result.ArticleAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code analyze FILE...} prints one JSON analysis per file; {@code analyze --jsonl IN} reads lines
 * {@code {"id": ..., "text": ...}} and prints one line per input line with the same id. A bad line gives
 * {@code {"id": ..., "error": ...}}, the run goes on, and the exit status is 1. JSON Lines are analyzed on
 * {@code --threads} threads with the output in input order, progress and a closing summary on standard error.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Find persons, organizations, places and quotes in articles; print JSON.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files, one article each; a directory means its *.txt files.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "IN", description = "JSON Lines input with id and text ('-' for standard input).")
    String jsonl;

    @Option(names = "--lang", paramLabel = "L", description = "Language hint: uz, kk, ky, ru or en (default: detect).")
    String lang;

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--models", paramLabel = "DIR", description = "Read models from DIR (laid out like models/) instead of the packaged ones.")
    Path models;

    @Option(names = "--time", description = "Print the articles/s rate to standard error when done (--jsonl always does).")
    boolean time;

    @Option(names = "--format", paramLabel = "F", description = "json (default) or html: one self-contained page for one FILE.")
    String format = "json";

    @Option(names = "--threads", paramLabel = "N", description = "Threads analyzing --jsonl lines (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress on standard error while --jsonl runs.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = AnalysisJson.mapper();

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    @Override
    public Integer call() throws IOException {
        if (jsonl == null && files.isEmpty()) {
            throw usage("give FILE... or --jsonl IN");
        }
        if (threads < 1) {
            throw usage("--threads must be at least 1");
        }
        boolean html = switch (format) {
            case "json" -> false;
            case "html" -> true;
            default -> throw usage("unknown --format '" + format + "': json or html");
        };
        if (html && (jsonl != null || files.size() != 1 || Files.isDirectory(files.get(0)))) {
            throw usage("--format html makes one page of one FILE (not a directory, not --jsonl)");
        }
        if (jsonl != null && !jsonl.equals("-") && !Files.isRegularFile(Path.of(jsonl))) {
            throw usage("no such file: " + jsonl);
        }
        Language hint = lang == null ? null : Language.fromCode(lang);
        ArticleAnalyzer analyzer = models == null ? ArticleAnalyzer.create() : ArticleAnalyzer.builder().models(models).build();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        long t0 = System.nanoTime();
        int[] counts = new int[2]; // articles, failures
        if (jsonl != null) {
            runJsonl(analyzer, hint, out, counts);
        }
        for (Path p : expand(files)) {
            counts[0]++;
            try {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                ArticleAnalysis a = analyze(analyzer, text, hint);
                out.println(html ? AnalysisHtml.page(text, a, p.getFileName().toString()) : AnalysisJson.write(a, p.toString(), pretty));
            } catch (IOException | RuntimeException e) {
                counts[1]++;
                out.println(error(p.toString(), e));
            }
        }
        out.flush();
        if (time) {
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf("analyzed %d articles in %.2f s: %.1f articles/s%n", counts[0], s, counts[0] / s);
        }
        return counts[1] == 0 ? 0 : 1;
    }

    private void runJsonl(ArticleAnalyzer analyzer, Language hint, PrintWriter out, int[] counts) throws IOException {
        InputStream in;
        long size = -1;
        if (jsonl.equals("-")) {
            in = System.in;
        } else {
            Path p = Path.of(jsonl);
            size = Files.size(p);
            in = Files.newInputStream(p); // read as UTF-8 with U+FFFD for invalid bytes, so one bad byte costs no line
        }
        try (in) {
            JsonlStream.Summary s = new JsonlStream(threads, quiet, System.err).run(in, size, out,
                    (id, text) -> AnalysisJson.write(analyze(analyzer, text, hint), id, pretty), this::error);
            counts[0] += (int) (s.ok() + s.failed());
            counts[1] += (int) s.failed();
        }
    }

    private static ArticleAnalysis analyze(ArticleAnalyzer analyzer, String text, Language hint) {
        return hint == null ? analyzer.analyze(text) : analyzer.analyze(text, hint);
    }

    private String error(String id, Exception e) {
        ObjectNode node = json.createObjectNode();
        node.put("id", id);
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
            msg = "not JSON: " + jpe.getOriginalMessage();
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            msg = "no such file: " + msg + (msg.equals("-") ? " (standard input is read with --jsonl -)" : "");
        } else if (e instanceof java.nio.charset.MalformedInputException) {
            msg = "not UTF-8 text";
        }
        node.put("error", msg);
        return AnalysisJson.escapeLoneSurrogates(node.toString());
    }

    private static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
