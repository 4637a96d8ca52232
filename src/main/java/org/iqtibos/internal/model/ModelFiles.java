package org.iqtibos.internal.model;

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
import java.util.Set;

/**
 * Reads the files of {@code models/}: from a directory when one is given, otherwise from the classpath, where the
 * build packages {@code models/} as {@code /org/iqtibos/models/...}.
 *
 * <p>Text data files are UTF-8, one entry a line; {@code #} starts a comment line and blank lines are skipped.
 * Every file the analyzer reads must be there, except the few declared in {@link #OPTIONAL}: a models folder that
 * lacks one fails when the analyzer is built, naming the file. Immutable and thread-safe.
 */
public final class ModelFiles {
    /** Where the build puts the repository's {@code models/} folder on the classpath. */
    public static final String CLASSPATH_ROOT = "/org/iqtibos/models/";

    /**
     * The files an analyzer does without (declared here and only here): the learned speaker choice (the rules pick
     * instead), name-finder models of languages whose statistical finder is not used (see
     * {@code ner/statistical-types.tsv}), a title table for English, which needs no translation, and the precomputed
     * Uzbek Latin forms (ICU computes them without it).
     */
    public static final Set<String> OPTIONAL = Set.of(
            "quote/speakers.bin.gz", "ner/uz.bin", "ner/ky.bin", "quote/titles-en.txt", "quote/uz-latin.tsv");

    /** One data line of a text file, with its line number (from 1) for error messages. */
    public record Line(String path, int number, String text) {
        /** An error naming the file, the line and what is wrong with it. */
        public IllegalStateException error(String what) {
            return new IllegalStateException("models/" + path + " line " + number + ": " + what + ": '" + text + "'");
        }
    }

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

    /**
     * Opens {@code path} (relative to {@code models/}), or empty when there is no such file and the file is
     * {@link #OPTIONAL}; a missing file that is not fails naming it.
     */
    public Optional<InputStream> find(String path) {
        Optional<InputStream> in = findAny(path);
        if (in.isEmpty() && !OPTIONAL.contains(path)) {
            throw missing(path);
        }
        return in;
    }

    private Optional<InputStream> findAny(String path) {
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
        return findAny(path).orElseThrow(() -> missing(path));
    }

    private IllegalStateException missing(String path) {
        return new IllegalStateException(
                "model file not found: models/" + path + (directory == null ? " on the classpath" : " under " + directory));
    }

    /** True when {@code path} exists. */
    public boolean exists(String path) {
        Optional<InputStream> in = findAny(path);
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
        return numberedLines(path).stream().map(Line::text).toList();
    }

    /** Like {@link #lines(String)}, with line numbers. */
    public List<Line> numberedLines(String path) {
        return readLines(open(path), path);
    }

    /** Like {@link #lines(String)}, but an empty list when an {@link #OPTIONAL} file does not exist. */
    public List<String> linesIfPresent(String path) {
        return find(path).map(in -> readLines(in, path).stream().map(Line::text).toList()).orElse(List.of());
    }

    private static List<Line> readLines(InputStream in, String path) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int n = 1; (line = r.readLine()) != null; n++) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(new Line(path, n, s));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + path, e);
        }
        return out;
    }
}
