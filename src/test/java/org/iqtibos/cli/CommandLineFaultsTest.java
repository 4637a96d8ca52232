package org.iqtibos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code analyze --jsonl} on broken input: invalid UTF-8 bytes, a 50 MB line, a truncated last line, an empty file,
 * a lone surrogate escaped in the JSON. Always one output line per input line, each valid UTF-8 JSON, and exit status
 * 1 exactly when a line failed.
 */
class CommandLineFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int status, List<JsonNode> lines) {
    }

    /** Runs the command in this JVM; the output must be strict UTF-8 with one JSON value a line. */
    private static Run analyze(Path in) throws CharacterCodingException, IOException {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = new CommandLine(new Main()).execute("analyze", "--jsonl", in.toString());
        } finally {
            System.setOut(old);
        }
        String out = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf.toByteArray())).toString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        return new Run(status, lines);
    }

    private static Path regression(String name) throws URISyntaxException {
        return Path.of(CommandLineFaultsTest.class.getResource("/regressions/" + name).toURI());
    }

    @Test
    void invalidUtf8BytesAreReadAsReplacementCharacters() throws Exception {
        Run r = analyze(regression("cli-invalid-utf8.jsonl"));
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).get("id").asText()).isEqualTo("bad-bytes");
        assertThat(r.lines().get(0).has("quotes")).isTrue();
        assertThat(r.lines().get(1).get("id").asText()).isEqualTo("after");
    }

    @Test
    void aLoneSurrogateInTheJsonComesBackEscaped() throws Exception {
        Run r = analyze(regression("cli-lone-surrogate.jsonl"));
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(2);
        JsonNode first = r.lines().get(0);
        assertThat(first.get("id").asText()).isEqualTo("\uD800");
        String text = "\uDC00 \uD83D\uDE00 Путин деди: \"\uD800 бу\" \uD800";
        for (JsonNode q : first.get("quotes")) {
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        }
        assertThat(r.lines().get(1).get("id").asText()).isEqualTo("plain");
    }

    @Test
    void aFiftyMegabyteLineFailsAloneAndTheRunGoesOn(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("big.jsonl");
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"big\",\"text\":\"");
            String words = "сўз word ";
            for (long n = 0; n < 50_000_000L; n += words.getBytes(StandardCharsets.UTF_8).length) {
                w.write(words);
            }
            w.write("\"}\n{\"id\":\"after\",\"text\":\"Министр прибыл в Алматы.\"}\n");
        }
        assertThat(Files.size(in)).isGreaterThan(50_000_000L);
        Run r = analyze(in);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).has("error")).isTrue();
        assertThat(r.lines().get(1).get("id").asText()).isEqualTo("after");
        assertThat(r.lines().get(1).has("persons")).isTrue();
    }

    @Test
    void aTruncatedLastLineIsReportedAsSuch(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("cut.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"Министр прибыл.\"}\n{\"id\":\"b\",\"text\":\"Мини", StandardCharsets.UTF_8);
        Run r = analyze(in);
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(2);
        assertThat(r.lines().get(0).get("id").asText()).isEqualTo("a");
        assertThat(r.lines().get(1).get("error").asText()).startsWith("not JSON");
    }

    @Test
    void anEmptyFileGivesNoLinesAndSuccess(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("empty.jsonl");
        Files.write(in, new byte[0]);
        Run r = analyze(in);
        assertThat(r.status()).isZero();
        assertThat(r.lines()).isEmpty();
    }
}
