package org.iqtibos.spark;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.iqtibos.ArticleAnalyzer;
import org.iqtibos.result.AnalysisJson;
import org.iqtibos.result.ArticleAnalysis;
import org.iqtibos.result.Entity;
import org.iqtibos.result.Mention;
import org.iqtibos.result.Quote;

/**
 * iqtibos in Apache Spark: turns a column of article text into a column holding the analysis, a struct with the
 * fields of the JSON schema ({@code language}, {@code script}, {@code persons}, {@code organizations},
 * {@code places}, {@code speakers}, {@code quotes}), the same analysis as JSON ({@code json}) and {@code error}
 * (null unless the text could not be analysed, e.g. over the length limit; the other fields are then null).
 * A null text gives a null analysis.
 *
 * <pre>{@code
 * Dataset<Row> out = IqtibosSpark.withAnalysis(articles, "text", "analysis");
 * out.select(col("id"), explode(col("analysis.quotes")).as("q")).select("id", "q.speaker", "q.text").show();
 * }</pre>
 *
 * <p>Each executor JVM builds one {@link ArticleAnalyzer} the first time it needs one and shares it between its
 * tasks; the analyzer is never serialized, only this class's static function is. Spark must be on the classpath
 * (the dependency is {@code provided}: the cluster brings it).
 */
public final class IqtibosSpark {
    private IqtibosSpark() {
    }

    private static final StructType MENTION = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false);
    private static final StructType ENTITY = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("kbId", DataTypes.StringType, true)
            .add("role", DataTypes.StringType, true)
            .add("aliases", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("mentions", DataTypes.createArrayType(MENTION, false), false);
    private static final StructType QUOTE = new StructType()
            .add("text", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("type", DataTypes.StringType, false)
            .add("speakerId", DataTypes.StringType, true)
            .add("speaker", DataTypes.StringType, true)
            .add("speakerRole", DataTypes.StringType, true)
            .add("cue", MENTION, true);
    private static final StructType ANALYSIS = new StructType(new StructField[] {
        field("language", DataTypes.StringType, true),
        field("script", DataTypes.StringType, true),
        field("persons", DataTypes.createArrayType(ENTITY, false), true),
        field("organizations", DataTypes.createArrayType(ENTITY, false), true),
        field("places", DataTypes.createArrayType(ENTITY, false), true),
        field("speakers", DataTypes.createArrayType(DataTypes.StringType, false), true),
        field("quotes", DataTypes.createArrayType(QUOTE, false), true),
        field("json", DataTypes.StringType, true),
        field("error", DataTypes.StringType, true)});

    private static final UserDefinedFunction ANALYZE =
            functions.udf((UDF1<String, Row>) IqtibosSpark::analyzeToRow, ANALYSIS).withName("iqtibos_analyze");

    /** The type of the analysis column. */
    public static StructType schema() {
        return ANALYSIS;
    }

    /** The analysis of the article text in {@code text}, as a struct of {@link #schema()}. */
    public static Column analyze(Column text) {
        return ANALYZE.apply(text);
    }

    /** {@code articles} with a column {@code output} holding the analysis of column {@code textColumn}. */
    public static Dataset<Row> withAnalysis(Dataset<Row> articles, String textColumn, String output) {
        return articles.withColumn(output, analyze(articles.col(textColumn)));
    }

    /** Registers the function as {@code iqtibos_analyze(text)} for Spark SQL. */
    public static void register(SparkSession spark) {
        spark.udf().register("iqtibos_analyze", ANALYZE);
    }

    /** The analysis of one text as a row of {@link #schema()}; runs on the executors. */
    static Row analyzeToRow(String text) {
        if (text == null) {
            return null;
        }
        ArticleAnalysis a;
        try {
            a = Holder.ANALYZER.analyze(text);
        } catch (IllegalArgumentException e) {
            return RowFactory.create(null, null, null, null, null, null, null, null, e.getMessage());
        }
        return RowFactory.create(a.language().code(), a.script().code(), entities(a.persons()),
                entities(a.organizations()), entities(a.places()),
                a.speakers().stream().map(Entity::id).toArray(String[]::new),
                a.quotes().stream().map(IqtibosSpark::quote).toArray(Row[]::new),
                AnalysisJson.write(a, null, false), null);
    }

    private static Row[] entities(List<Entity> list) {
        return list.stream().map(e -> RowFactory.create(e.id(), e.name(), e.kbId(), e.role(),
                e.aliases().toArray(String[]::new), e.mentions().stream().map(IqtibosSpark::mention).toArray(Row[]::new)))
                .toArray(Row[]::new);
    }

    private static Row quote(Quote q) {
        return RowFactory.create(q.text(), q.start(), q.end(), q.type().json(),
                q.speakerId(), q.speaker(), q.speakerRole(), q.cue() == null ? null : mention(q.cue()));
    }

    private static Row mention(Mention m) {
        return RowFactory.create(m.start(), m.end(), m.text());
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return new StructField(name, type, nullable, Metadata.empty());
    }

    /** One analyzer per JVM, built on first use (class initialization is lazy and thread-safe). */
    private static final class Holder {
        static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.create();
    }
}
