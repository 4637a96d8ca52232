package org.iqtibos.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.result.AnalysisJson;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Quote;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Spark function on a local[2] session over examples/ and compares it with the plain API. */
class IqtibosSparkTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("iqtibos-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theSparkColumnHoldsTheSameAnalysesAsThePlainApi() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                rows.add(RowFactory.create(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        rows.add(RowFactory.create("no-text", null));
        rows.add(RowFactory.create("too-long", "a".repeat(ArticleAnalyzer.DEFAULT_MAX_LENGTH + 1)));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(7);
        StructType in = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType);
        Dataset<Row> articles = spark.createDataFrame(rows, in).repartition(2);

        List<Row> out = IqtibosSpark.withAnalysis(articles, "text", "analysis").orderBy("id").collectAsList();
        assertThat(out).hasSameSizeAs(rows);

        ArticleAnalyzer analyzer = ArticleAnalyzer.create();
        int compared = 0;
        for (Row r : out) {
            String id = r.getString(0);
            Row a = r.getStruct(2);
            if (id.equals("no-text")) {
                assertThat(a).isNull();
                continue;
            }
            if (id.equals("too-long")) {
                assertThat(a.<String>getAs("error")).contains("more than the limit");
                assertThat(a.<String>getAs("json")).isNull();
                continue;
            }
            ArticleAnalysis expected = analyzer.analyze(r.getString(1));
            assertThat(a.<String>getAs("error")).isNull();
            assertThat(a.<String>getAs("json")).isEqualTo(AnalysisJson.write(expected, null, false));
            assertThat(a.<String>getAs("language")).isEqualTo(expected.language().code());
            assertThat(a.<String>getAs("script")).isEqualTo(expected.script().code());
            assertEntities(a.getList(a.fieldIndex("persons")), expected.persons());
            assertEntities(a.getList(a.fieldIndex("organizations")), expected.organizations());
            assertEntities(a.getList(a.fieldIndex("places")), expected.places());
            assertThat(a.<String>getList(a.fieldIndex("speakers"))).containsExactlyElementsOf(
                    expected.speakers().stream().map(Entity::id).toList());
            List<Row> quotes = a.getList(a.fieldIndex("quotes"));
            assertThat(quotes).hasSameSizeAs(expected.quotes());
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = expected.quotes().get(i);
                Row g = quotes.get(i);
                assertThat(List.of(g.getAs("text"), g.getAs("start"), g.getAs("end"), g.getAs("type")))
                        .containsExactly(q.text(), q.start(), q.end(), q.type().json());
                assertThat((String) g.getAs("speakerId")).isEqualTo(q.speakerId());
                assertThat((String) g.getAs("speaker")).isEqualTo(q.speaker());
            }
            assertThat(expected.persons().size() + expected.quotes().size()).isPositive();
            compared++;
        }
        assertThat(compared).isEqualTo(rows.size() - 2);

        IqtibosSpark.register(spark);
        articles.createOrReplaceTempView("articles");
        long quotes = spark.sql("SELECT id, size(iqtibos_analyze(text).quotes) AS n FROM articles WHERE text IS NOT NULL")
                .collectAsList().stream().mapToLong(r -> Math.max(0, r.getInt(1))).sum();
        assertThat(quotes).isPositive();
    }

    private static void assertEntities(List<Row> rows, List<Entity> expected) {
        assertThat(rows).hasSameSizeAs(expected);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Entity e = expected.get(i);
            assertThat(List.of(r.getAs("id"), r.getAs("name"))).containsExactly(e.id(), e.name());
            assertThat((String) r.getAs("kbId")).isEqualTo(e.kbId());
            List<Row> mentions = r.getList(r.fieldIndex("mentions"));
            assertThat(mentions.stream().map(m -> m.getInt(0) + ":" + m.getInt(1) + ":" + m.getString(2)).toList())
                    .containsExactlyElementsOf(e.mentions().stream().map(m -> m.start() + ":" + m.end() + ":" + m.text()).toList());
        }
    }
}
