package org.iqtibos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
    private record Run(int status, List<String> lines) {
    }

    private static Run run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int status = new CommandLine(new Main()).execute(args);
            return new Run(status, buf.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void jsonlKeepsIdsAndReportsBadLinesWithoutStopping(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a\", \"text\": \"Тошкентда учрашув бўлди.\", \"lang\": \"uz\"}",
                "this is not json",
                "{\"id\": \"c\", \"title\": \"no text here\"}",
                "",
                "{\"id\": 7, \"text\": \"\"}") + "\n", StandardCharsets.UTF_8);
        Run r = run("analyze", "--jsonl", in.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(4);
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(r.lines().get(0));
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.get("language").asText()).isEqualTo("uz");
        assertThat(a.get("script").asText()).isEqualTo("Cyrl");
        assertThat(a.has("persons") && a.has("organizations") && a.has("places") && a.has("quotes")).isTrue();
        JsonNode bad = m.readTree(r.lines().get(1));
        assertThat(bad.get("id").asText()).isEqualTo("line-2");
        assertThat(bad.get("error").asText()).startsWith("not JSON");
        JsonNode noText = m.readTree(r.lines().get(2));
        assertThat(noText.get("id").asText()).isEqualTo("c");
        assertThat(noText.get("error").asText()).contains("no \"text\"");
        assertThat(m.readTree(r.lines().get(3)).get("id").asText()).isEqualTo("7");
    }

    @Test
    void filesGiveOneAnalysisEach(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("one.txt"), "The minister arrived in Almaty.", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("two.txt"), "Министр прибыл в Алматы.", StandardCharsets.UTF_8);
        Run r = run("analyze", tmp.toString());
        assertThat(r.status()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(new ObjectMapper().readTree(r.lines().get(1)).get("language").asText()).isEqualTo("ru");
    }

    @Test
    void aMissingOrUnreadableFileIsNamedAndTheRunGoesOn(@TempDir Path tmp) throws Exception {
        Files.write(tmp.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
        Files.writeString(tmp.resolve("ok.txt"), "Министр прибыл в Алматы.", StandardCharsets.UTF_8);
        Run r = run("analyze", tmp.resolve("missing.txt").toString(), tmp.resolve("latin1.txt").toString(),
                tmp.resolve("ok.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.lines()).hasSize(3);
        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(r.lines().get(0)).get("error").asText()).startsWith("no such file: ");
        assertThat(m.readTree(r.lines().get(1)).get("error").asText()).isEqualTo("not UTF-8 text");
        assertThat(m.readTree(r.lines().get(2)).has("persons")).isTrue();
    }

    @Test
    void badUsageExitsWithTwo(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("one.txt"), "Министр прибыл в Алматы.", StandardCharsets.UTF_8);
        assertThat(run("analyze", "--jsonl", tmp.resolve("missing.jsonl").toString()).status()).isEqualTo(2);
        assertThat(run("analyze", "--jsonl", "-", "--threads", "0").status()).isEqualTo(2);
        assertThat(run("analyze", "--format", "pdf", tmp.resolve("one.txt").toString()).status()).isEqualTo(2);
        assertThat(run("analyze", "--format", "html", tmp.toString()).status()).isEqualTo(2);
        Run page = run("analyze", "--format", "html", tmp.resolve("one.txt").toString());
        assertThat(page.status()).isZero();
        assertThat(page.lines().get(0)).isEqualTo("<!DOCTYPE html>");
        assertThat(String.join("\n", page.lines())).contains("<mark class=\"PLACE\"");
    }
}
