package org.iqtibos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How long each model took to load while an analyzer was built (models load side by side, so the times overlap;
 * their sum exceeds the wall time of {@code build()}). Thread-safe while loading, read-only after.
 */
final class LoadTimes {
    private final Map<String, Long> nanos = new ConcurrentHashMap<>();

    /** Runs {@code load}, recording its time under {@code what}. */
    <T> T time(String what, Supplier<T> load) {
        long t = System.nanoTime();
        T out = load.get();
        nanos.merge(what, System.nanoTime() - t, Long::sum);
        return out;
    }

    /** The times, longest first. */
    Map<String, Duration> snapshot() {
        List<Map.Entry<String, Long>> list = new ArrayList<>(nanos.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Duration> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : list) {
            out.put(e.getKey(), Duration.ofNanos(e.getValue()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
