package org.iqtibos.internal.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.iqtibos.internal.model.ModelFiles;

/**
 * Which English offices name the same post ({@code models/quote/offices.txt}): a role noun of the text put into
 * English ("Мемлекет басшысы" → Head of State) is compared with a person's role ("President of Kazakhstan") by the
 * office part of the role, the words before " of ". Immutable and thread-safe.
 */
final class Offices {
    private static final String PATH = "quote/offices.txt";
    private static final String NOT_SAME = "not-same ";
    private static final String GENERIC = "generic ";
    private static final String STATE = "state ";

    private final Map<String, List<String>> same;
    private final List<String> notSame;
    /** Words of an organization's name that say what kind of body it is, not which one. */
    private final Set<String> generic;
    /** Words of a state body's English name (Ministry, Committee, Court …). */
    private final Set<String> state;

    private Offices(Map<String, List<String>> same, List<String> notSame, Set<String> generic, Set<String> state) {
        this.same = same;
        this.notSame = notSame;
        this.generic = generic;
        this.state = state;
    }

    static Offices load(ModelFiles files) {
        Map<String, List<String>> same = new HashMap<>();
        List<String> notSame = new ArrayList<>();
        Set<String> generic = new java.util.HashSet<>();
        Set<String> state = new java.util.HashSet<>();
        for (String line : files.lines(PATH)) {
            String prefix = line.startsWith(NOT_SAME) ? NOT_SAME : line.startsWith(GENERIC) ? GENERIC
                    : line.startsWith(STATE) ? STATE : null;
            if (prefix != null) {
                for (String w : line.substring(prefix.length()).split("\\|")) {
                    String word = w.strip().toLowerCase(Locale.ROOT);
                    (prefix == NOT_SAME ? notSame : prefix == GENERIC ? generic : state).add(word);
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalStateException("models/" + PATH + ": expected 'OFFICE = SAME | …': '" + line + "'");
            }
            List<String> alts = new ArrayList<>();
            for (String a : line.substring(eq + 1).split("\\|")) {
                alts.add(a.strip().toLowerCase(Locale.ROOT));
            }
            same.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), List.copyOf(alts));
        }
        notSame.sort((a, b) -> b.length() - a.length());
        return new Offices(Map.copyOf(same), List.copyOf(notSame), Set.copyOf(generic), Set.copyOf(state));
    }

    /** True when {@code role} ("President of Kazakhstan") holds the post {@code office} ("Head of State"). */
    private static final Set<String> OWNER_WORDS = Set.of("of", "to", "the", "for", "under", "at");

    boolean same(String office, String role) {
        if (office == null || role == null) {
            return false;
        }
        String o = office.toLowerCase(Locale.ROOT);
        String r = role.toLowerCase(Locale.ROOT);
        Set<String> accepted = new TreeSet<>(same.getOrDefault(o, List.of()));
        accepted.add(o);
        for (String a : accepted) {
            if (r.equals(a) || r.startsWith(a + " of ")) {
                return true;
            }
            // "Foreign Minister" holds "Minister"; a "Deputy Minister" or a "Prime Minister" does not
            int at = r.indexOf(" " + a);
            if (at > 0 && (r.length() == at + 1 + a.length() || r.startsWith(" of ", at + 1 + a.length()))) {
                String before = r.substring(0, at);
                // "Press Secretary of the President", "Adviser to the Minister": an office after a preposition or
                // article is the one this person serves, not theirs
                if (java.util.Arrays.stream(before.split(" ")).noneMatch(OWNER_WORDS::contains) && notSame.stream().noneMatch(w -> before.equals(w) || before.endsWith(" " + w) || before.startsWith(w + " "))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a word of an organization's name that only says what kind of body it is. */
    boolean generic(String word) {
        return generic.contains(word.toLowerCase(Locale.ROOT));
    }

    /** True when an organization's English name holds a word of a state body's name ({@code Ministry of Energy}). */
    boolean stateBodyName(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (state.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
