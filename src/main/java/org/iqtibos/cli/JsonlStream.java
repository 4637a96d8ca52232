package org.iqtibos.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Streams JSON Lines through the analyzer on several threads: one reader (the calling thread) hands each line to a
 * pool, a writer prints the answers in input order. The queue between them is bounded, so memory does not grow with
 * the input. Progress goes to standard error at most once a second; the summary line always does.
 */
final class JsonlStream {
    /** One answer: the output line, whether it is an analysis, and how far into the input its line ended. */
    record Answer(String line, boolean ok, long inputPosition) {
    }

    private static final Answer END = new Answer(null, true, 0);
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    private final int threads;
    private final boolean quiet;
    private final PrintStream err;
    private final ObjectMapper json = new ObjectMapper();

    JsonlStream(int threads, boolean quiet, PrintStream err) {
        this.threads = threads;
        this.quiet = quiet;
        this.err = err;
    }

    /** Counts of one run. */
    record Summary(long ok, long failed, double seconds) {
        String line() {
            long n = ok + failed;
            return String.format("analyzed %d articles: %d ok, %d failed, %.1f s, %.1f articles/s",
                    n, ok, failed, seconds, seconds > 0 ? n / seconds : 0.0);
        }
    }

    /**
     * Reads {@code input} (of {@code size} bytes, or -1 when unknown) line by line and prints one answer per non-blank
     * line. {@code analyze} turns (id, text) into an output line and may throw; {@code error} turns (id, exception)
     * into the error line.
     */
    Summary run(InputStream input, long size, PrintWriter out, BiFunction<String, String, String> analyze,
            BiFunction<String, Exception, String> error) throws IOException {
        long t0 = System.nanoTime();
        CountingStream counted = new CountingStream(input);
        BlockingQueue<Future<Answer>> queue = new ArrayBlockingQueue<>(threads * 8);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "iqtibos-analyze");
            t.setDaemon(true);
            return t;
        });
        Writer writer = new Writer(queue, out, size, t0);
        Thread writerThread = new Thread(writer, "iqtibos-write");
        writerThread.setDaemon(true);
        writerThread.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null && writer.failure == null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String text = line;
                int no = lineNo;
                long position = counted.count;
                queue.put(CompletableFuture.supplyAsync(() -> answer(text, no, position, analyze, error), pool));
            }
            queue.put(CompletableFuture.completedFuture(END));
            writerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (writer.failure != null) {
            throw new IOException("the run stopped: " + writer.failure, writer.failure);
        }
        if (!quiet && writer.progressShown && writer.console) {
            err.println();
        }
        Summary s = new Summary(writer.ok, writer.failed, (System.nanoTime() - t0) / 1e9);
        err.println(s.line());
        return s;
    }

    private Answer answer(String line, int lineNo, long position, BiFunction<String, String, String> analyze,
            BiFunction<String, Exception, String> error) {
        String id = "line-" + lineNo;
        try {
            JsonNode node = json.readTree(line);
            if (node.hasNonNull("id")) {
                id = node.get("id").asText();
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                throw new IllegalArgumentException("line " + lineNo + " has no \"text\" string");
            }
            return new Answer(analyze.apply(id, text.asText()), true, position);
        } catch (IOException | RuntimeException e) {
            return new Answer(error.apply(id, e), false, position);
        } catch (StackOverflowError e) {
            // one pathological line fails alone; the run and every other line go on
            return new Answer(error.apply(id, new IllegalStateException("input too deeply nested to analyze")), false,
                    position);
        }
    }

    /** Takes answers in input order, prints them and reports progress. */
    private final class Writer implements Runnable {
        private final BlockingQueue<Future<Answer>> queue;
        private final PrintWriter out;
        private final long size;
        private final long t0;
        private final boolean console = System.console() != null;
        private long ok;
        private long failed;
        private long lastProgress;
        private boolean progressShown;
        private volatile Throwable failure;

        Writer(BlockingQueue<Future<Answer>> queue, PrintWriter out, long size, long t0) {
            this.queue = queue;
            this.out = out;
            this.size = size;
            this.t0 = t0;
            this.lastProgress = t0;
        }

        @Override
        public void run() {
            try {
                for (Answer a = queue.take().get(); a != END; a = queue.take().get()) {
                    out.println(a.line());
                    if (a.ok()) {
                        ok++;
                    } else {
                        failed++;
                    }
                    if ((ok + failed) % 1024 == 0 && out.checkError()) {
                        throw new IOException("standard output closed");
                    }
                    long now = System.nanoTime();
                    if (!quiet && now - lastProgress >= (console ? PROGRESS_NANOS : 10 * PROGRESS_NANOS)) {
                        lastProgress = now;
                        progress(now, a.inputPosition());
                    }
                }
                out.flush();
                if (out.checkError()) {
                    throw new IOException("standard output closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (IOException | RuntimeException e) {
                failure = e;
            } finally {
                if (failure != null) {
                    queue.clear(); // let a reader blocked on a full queue go on and see the failure
                }
            }
        }

        private void progress(long now, long position) {
            long n = ok + failed;
            double s = (now - t0) / 1e9;
            StringBuilder sb = new StringBuilder(String.format("%d articles (%d failed), %.0f articles/s", n, failed, n / s));
            if (size > 0 && position > 0) {
                double done = Math.min(1.0, (double) position / size);
                sb.append(String.format(", %.0f%%, about %s left", 100 * done, duration(s * (1 - done) / done)));
            }
            if (console) {
                err.print("\r" + sb + "   ");
                err.flush();
            } else {
                err.println(sb);
            }
            progressShown = true;
        }
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + " s";
    }

    /** Counts the bytes the reader has taken from the input, for the progress estimate. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
