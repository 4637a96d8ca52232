package org.iqtibos.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files of {@code models/}: from a directory when one is given, otherwise from the classpath, where the
 * build packages {@code models/} as {@code /org/iqtibos/models/...}.
 *
 * <p>Text data files are UTF-8, one entry a line; {@code #} starts a comment line and blank lines are skipped.
 * Immutable and thread-safe.
 */
public final class ModelFiles {
    /** Where the build puts the repository's {@code models/} folder on the classpath. */
    public static final String CLASSPATH_ROOT = "/org/iqtibos/models/";

    private final Path directory;

    private ModelFiles(Path directory) {
        this.directory = directory;
    }

    /** The models packaged with the library. */
    public static ModelFiles classpath() {
        return new ModelFiles(null);
    }

    /** The models under {@code directory} (laid out like {@code models/}). */
    public static ModelFiles directory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("models directory not found: " + directory.toAbsolutePath());
        }
        return new ModelFiles(directory);
    }

    /** Opens {@code path} (relative to {@code models/}), or empty when there is no such file. */
    public Optional<InputStream> find(String path) {
        try {
            if (directory != null) {
                Path p = directory.resolve(path);
                return Files.isRegularFile(p) ? Optional.of(Files.newInputStream(p)) : Optional.empty();
            }
            return Optional.ofNullable(ModelFiles.class.getResourceAsStream(CLASSPATH_ROOT + path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open model file " + path, e);
        }
    }

    /** Opens {@code path}, failing with the file's name when it is missing. */
    public InputStream open(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException(
                "model file not found: models/" + path + (directory == null ? " on the classpath" : " under " + directory)));
    }

    /** True when {@code path} exists. */
    public boolean exists(String path) {
        Optional<InputStream> in = find(path);
        in.ifPresent(s -> {
            try {
                s.close();
            } catch (IOException ignored) {
                // only probing
            }
        });
        return in.isPresent();
    }

    /** The data lines of a text file: comments and blank lines dropped, each line stripped. */
    public List<String> lines(String path) {
        return readLines(open(path), path);
    }

    /** Like {@link #lines(String)}, but an empty list when the file does not exist. */
    public List<String> linesIfPresent(String path) {
        return find(path).map(in -> readLines(in, path)).orElse(List.of());
    }

    private static List<String> readLines(InputStream in, String path) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + path, e);
        }
        return out;
    }
}
