package org.iqtibos.internal.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.iqtibos.internal.kb.KnowledgeBase;
import org.iqtibos.internal.ner.MentionCandidate;

/** One mention while clustering: its words as written, which of them are initials, and the entry it links to. */
final class Item {
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");
    /** Signs around a word ({@code «Назарбаев»,}), which are no part of the name. */
    private static final Pattern EDGE_SIGNS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    final MentionCandidate m;
    final String surface;
    final List<String> words = new ArrayList<>();
    final List<Boolean> initial = new ArrayList<>();
    /** Given name + patronymic joined to a person named otherwise ("Илхом Абдуллаевич"): never the entity's name. */
    boolean address;
    String kbId;
    /** What the comparisons of two items read of this one: items of one cluster with one signature compare alike. */
    String signature;

    Item(MentionCandidate m, String text) {
        this.m = m;
        this.surface = text.substring(m.start(), m.end());
        this.kbId = m.kbId();
        String[] parts = SPACES.split(surface);
        for (String p : parts) {
            String w = EDGE_SIGNS.matcher(p).replaceAll("");
            if (w.isEmpty()) {
                continue;
            }
            words.add(w);
            initial.add(w.codePointCount(0, w.length()) == 1 && p.endsWith("."));
        }
        this.signature = words + "|" + initial;
    }

    String last() {
        return words.isEmpty() ? surface : words.get(words.size() - 1);
    }

    boolean acronym() {
        return words.size() == 1 && (KnowledgeBase.isAcronym(words.get(0)) || isAllUpper(words.get(0)));
    }

    private static boolean isAllUpper(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            if (Character.isLetter(ch)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
