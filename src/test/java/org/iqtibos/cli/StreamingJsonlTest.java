package org.iqtibos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams 20,000 generated articles, some of them malformed, through {@code analyze --jsonl} on two threads in a
 * separate JVM with a 256 MB heap, and checks that every line is answered, in order, with the right errors.
 */
class StreamingJsonlTest {
    private static final int LINES = 20_000;
    private static final List<String> NAMES = List.of("Aziz Karimov", "Dilnoza Rashidova", "Bekzod Umarov",
            "Asel Nurlanova", "Timur Sadykov");
    private static final List<String> PLACES = List.of("Tashkent", "Almaty", "Bishkek", "Samarkand", "Astana");

    /** The kind of line {@code i} is: 0 an article, 1 not JSON, 2 no text field, 3 a text that is a number. */
    private static int kind(int i) {
        if (i % 487 == 13) {
            return 1;
        }
        if (i % 911 == 5) {
            return 2;
        }
        return i % 1303 == 7 ? 3 : 0;
    }

    private static String article(int i) {
        String name = NAMES.get(i % NAMES.size());
        String place = PLACES.get(i / 7 % PLACES.size());
        return switch (i % 3) {
            case 0 -> "Mayor " + name + " opened bridge number " + i + " in " + place
                    + " on Tuesday. \"It will carry trucks by winter,\" " + name + " told reporters.";
            case 1 -> "Инженер " + name + " рассказал, что в городе " + place + " построят " + i
                    + " новых домов. «Работы начнутся весной», — сказал он.";
            default -> name + " " + place + " shahrida " + i + " ta yangi maktab qurilishini ma'lum qildi.";
        };
    }

    @Test
    void everyLineIsAnsweredInOrderWithinASmallHeap(@TempDir Path tmp) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path in = tmp.resolve("in.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                ObjectNode line = json.createObjectNode().put("id", "g-" + i);
                switch (kind(i)) {
                    case 1 -> w.write("{\"id\": \"g-" + i + "\", \"text\": unquoted");
                    case 2 -> w.write(line.put("title", article(i)).toString());
                    case 3 -> w.write(line.put("text", i).toString());
                    default -> w.write(line.put("text", article(i)).toString());
                }
                w.newLine();
            }
        }
        Path out = tmp.resolve("out.jsonl");
        Path err = tmp.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", "--jsonl", in.toString(), "--threads", "2", "--quiet")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null")).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the run ends").isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(stderr).isEqualTo(1);

        int failed = 0;
        int n = 0;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; n++) {
                JsonNode node = json.readTree(line);
                int kind = kind(n);
                assertThat(node.get("id").asText()).as("line %d", n + 1).isEqualTo(kind == 1 ? "line-" + (n + 1) : "g-" + n);
                if (kind == 0) {
                    assertThat(node.has("error")).as("line %d: %s", n + 1, line).isFalse();
                    assertThat(node.get("persons").size()).as("line %d: %s", n + 1, line).isPositive();
                } else {
                    failed++;
                    assertThat(node.get("error").asText()).as("line %d", n + 1)
                            .startsWith(kind == 1 ? "not JSON" : "line " + (n + 1) + " has no \"text\" string");
                }
            }
        }
        assertThat(n).isEqualTo(LINES);
        assertThat(failed).isGreaterThan(50);
        assertThat(stderr).contains(String.format("analyzed %d articles: %d ok, %d failed", LINES, LINES - failed, failed))
                .doesNotContain("OutOfMemoryError");
    }
}
