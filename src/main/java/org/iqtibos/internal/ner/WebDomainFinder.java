package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.iqtibos.internal.model.ModelFiles;
import org.iqtibos.result.EntityType;
import org.iqtibos.internal.segment.SegmentedText;

/**
 * Websites named by their domain ({@code Zakon.kz}, {@code BAQ.KZ}, {@code Pavlodarnews.kz}): organizations, the news
 * outlets a report comes from. A domain inside a longer web address ({@code https://kun.uz/news}) or an e-mail address
 * is no mention. The top-level domains are data ({@code models/ner/web-domains.txt}). Immutable and thread-safe.
 */
public final class WebDomainFinder {
    /** The confidence of a domain-shaped word as an outlet's name; carried along, no stage decides by it. */
    private static final double CONFIDENCE = 0.9;

    private final Set<String> topLevel;

    private WebDomainFinder(Set<String> topLevel) {
        this.topLevel = Set.copyOf(topLevel);
    }

    /** The finder for the top-level domains listed in {@code ner/web-domains.txt}. */
    public static WebDomainFinder load(ModelFiles files) {
        Set<String> tlds = new TreeSet<>();
        for (String line : files.lines("ner/web-domains.txt")) {
            String t = line.strip().toLowerCase(Locale.ROOT);
            if (!t.matches("[a-z]{2,10}")) {
                throw new IllegalStateException("models/ner/web-domains.txt: not a top-level domain: '" + line + "'");
            }
            tlds.add(t);
        }
        if (tlds.isEmpty()) {
            throw new IllegalStateException("models/ner/web-domains.txt lists no top-level domain");
        }
        return new WebDomainFinder(tlds);
    }

    /**
     * True when {@code name} is written as a domain name under one of the listed top-level domains: labels of
     * letters, digits and hyphens joined by dots, the first starting with a letter or digit.
     */
    public boolean isDomain(String name) {
        return isDomain(name, 0, name.length());
    }

    private boolean isDomain(String s, int from, int to) {
        if (to - from < 4 || !Character.isLetterOrDigit(s.charAt(from))) {
            return false;
        }
        int lastDot = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (i == from || i + 1 == to || s.charAt(i - 1) == '.') {
                    return false; // an empty label
                }
                lastDot = i;
            } else if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return lastDot > from && topLevel.contains(s.substring(lastDot + 1, to).toLowerCase(Locale.ROOT));
    }

    /** A character a domain name is made of. */
    private static boolean part(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }

    /** A character next to a domain that makes it part of a web or e-mail address. */
    private static boolean address(char c) {
        return c == '/' || c == '@' || c == '_' || c == ':';
    }

    /** The domain names of {@code text}, as organization candidates; one pass over the text. */
    public List<MentionCandidate> find(SegmentedText text) {
        String s = text.text();
        List<MentionCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!part(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && part(s.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
                end--; // the sentence's full stop, not the domain's
            }
            if (!isDomain(s, start, end)) {
                // a case ending glued to the domain: "BAQ.KZ-ке", "Kun.uz'га", "Zakon.kzке"
                int cut = end;
                while (cut > start && Character.UnicodeScript.of(s.charAt(cut - 1)) == Character.UnicodeScript.CYRILLIC) {
                    cut--;
                }
                while (cut > start && (s.charAt(cut - 1) == '-' || s.charAt(cut - 1) == '\'' || s.charAt(cut - 1) == '’')) {
                    cut--;
                }
                if (cut < end && cut > start && s.charAt(cut) != '.' && isDomain(s, start, cut)) {
                    end = cut;
                }
            }
            boolean inAddress = start > 0 && address(s.charAt(start - 1)) || i < s.length() && address(s.charAt(i));
            if (!inAddress && isDomain(s, start, end)) {
                out.add(new MentionCandidate(start, end, EntityType.ORGANIZATION, null, CONFIDENCE,
                        MentionCandidate.Source.RULE));
            }
        }
        return out;
    }
}
