package org.iqtibos.acceptance;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** Finds {@code ../shared} (the pom passes it as {@code iqtibos.shared}) and runs its Python scorers. */
final class SharedData {
    private SharedData() {
    }

    /** The shared folder; the calling test is skipped, saying why, when it is absent. */
    static Path shared() {
        Path p = Path.of(System.getProperty("iqtibos.shared", "../shared"));
        assumeTrue(Files.isDirectory(p.resolve("eval")),
                "skipped: ../shared (seed, gold and scorers) is not beside the project at " + p.toAbsolutePath());
        return p;
    }

    /** Runs {@code python3 score.py GOLD SYSTEM} and returns its SUMMARY line's values. */
    static Map<String, Double> score(Path gold, Path system) throws IOException, InterruptedException {
        Path scorer = shared().resolve("eval/score.py");
        List<String> cmd = new ArrayList<>(List.of("python3", scorer.toString(), gold.toString(), system.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: python3 is not on this machine to run score.py");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("score.py failed:\n" + out);
        }
        Map<String, Double> values = new TreeMap<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("SUMMARY")) {
                for (String kv : line.substring("SUMMARY".length()).trim().split("\\s+")) {
                    String[] f = kv.split("=");
                    try {
                        values.put(f[0], Double.parseDouble(f[1]));
                    } catch (NumberFormatException ignored) {
                        // non-numeric fields are not asserted on
                    }
                }
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("score.py printed no SUMMARY line:\n" + out);
        }
        return values;
    }
}
