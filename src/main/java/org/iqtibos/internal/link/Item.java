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
    /** Initials glued to the surname after them ({@code А.Смадияров}, {@code A.B.Karimov}). */
    private static final Pattern GLUED_INITIALS = Pattern.compile("((?:\\p{Lu}\\p{Ll}?\\.)+)(\\p{Lu}\\p{Ll}{2,}\\S*)");
    private static final Pattern INITIAL = Pattern.compile("\\.");

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
            java.util.regex.Matcher glued = GLUED_INITIALS.matcher(p);
            if (glued.matches()) {
                // "А.Смадияров", "Sh.Giyosov": initials written without a space before the surname
                for (String i : INITIAL.split(glued.group(1))) {
                    if (!i.isEmpty()) {
                        words.add(i);
                        initial.add(true);
                    }
                }
                p = glued.group(2);
            }
            String w = EDGE_SIGNS.matcher(p).replaceAll("");
            if (w.isEmpty()) {
                continue;
            }
            words.add(w);
            // one letter, or a digraph written as one (Sh., Ch., Zh.: Uzbek and Kazakh initials in Latin letters)
            int n = w.codePointCount(0, w.length());
            initial.add(p.endsWith(".") && (n == 1 || n == 2 && Character.isUpperCase(w.charAt(0))
                    && Character.isLowerCase(w.charAt(1))));
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
