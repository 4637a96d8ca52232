package org.iqtibos.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iqtibos.model.ModelFiles;
import org.iqtibos.result.EntityType;
import org.iqtibos.segment.SegmentedText;

/**
 * Websites named by their domain ({@code Zakon.kz}, {@code BAQ.KZ}, {@code Pavlodarnews.kz}): organizations, the news
 * outlets a report comes from. A domain inside a longer web address ({@code https://kun.uz/news}) or an e-mail address
 * is no mention. The top-level domains are data ({@code models/ner/web-domains.txt}). Immutable and thread-safe.
 */
public final class WebDomainFinder {
    private final Pattern domain;

    private WebDomainFinder(Set<String> topLevel) {
        String tlds = String.join("|", topLevel);
        this.domain = Pattern.compile("(?<![\\p{L}\\p{N}.@/_-])[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:"
                + tlds + ")(?![\\p{L}\\p{N}/@_-]|\\.[\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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

    /** True when {@code name} is written as a domain name under one of the listed top-level domains. */
    public boolean isDomain(String name) {
        return domain.matcher(name).matches();
    }

    /** The domain names of {@code text}, as organization candidates. */
    public List<MentionCandidate> find(SegmentedText text) {
        List<MentionCandidate> out = new ArrayList<>();
        Matcher m = domain.matcher(text.text());
        while (m.find()) {
            out.add(new MentionCandidate(m.start(), m.end(), EntityType.ORGANIZATION, null, 0.9,
                    MentionCandidate.Source.RULE));
        }
        return out;
    }
}
