package org.iqtibos.internal.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iqtibos.Language;
import org.iqtibos.internal.morph.NameStemmer;
import org.iqtibos.internal.segment.SegmentedText;
import org.iqtibos.internal.segment.Sentence;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.result.EntityType;

/**
 * A person's surname again, alone, after the finders found the full name once ({@code Сара Жонсон … Жонсон
 * … айтди}): where no finder took the word, the surname, with any case ending glued to it ({@code Жонсоннинг}), is a
 * mention of a person too. Languages without a statistical model have no other way to find a foreign surname twice.
 *
 * <p>Immutable and thread-safe.
 */
public final class SurnameRecurrence {
    /** The shortest surname looked for again, in letters: shorter words are too often common ones. */
    private static final int MIN_LETTERS = 4;

    private final Map<Language, NameStemmer> stemmers;

    public SurnameRecurrence(Map<Language, NameStemmer> stemmers) {
        this.stemmers = Map.copyOf(stemmers);
    }

    /** Person mentions of surnames of {@code found}'s multi-word persons at words no candidate of {@code found} covers. */
    public List<MentionCandidate> find(SegmentedText text, Language lang, List<MentionCandidate> found) {
        String s = text.text();
        Set<String> surnames = new HashSet<>();
        for (MentionCandidate c : found) {
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            String name = s.substring(c.start(), c.end()).strip();
            int space = name.lastIndexOf(' ');
            String last = space < 0 ? "" : name.substring(space + 1);
            if (last.codePointCount(0, last.length()) >= MIN_LETTERS && Character.isUpperCase(last.codePointAt(0))
                    && last.chars().allMatch(Character::isLetter)) {
                surnames.add(last);
            }
        }
        if (surnames.isEmpty()) {
            return List.of();
        }
        boolean[] covered = new boolean[s.length() + 1];
        for (MentionCandidate c : found) {
            for (int i = c.start(); i < c.end(); i++) {
                covered[i] = true;
            }
        }
        NameStemmer stemmer = stemmers.get(lang);
        List<MentionCandidate> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            for (Token t : sentence.tokens()) {
                if (!t.isWord() || covered[t.start()] || !Character.isUpperCase(t.text().codePointAt(0))) {
                    continue;
                }
                for (String surname : surnames) {
                    if (t.text().startsWith(surname) && (t.text().length() == surname.length()
                            || stemmer != null && stemmer.baseForms(t.text()).contains(surname))) {
                        out.add(new MentionCandidate(t.start(), t.start() + surname.length(), EntityType.PERSON, null, 1.0,
                                MentionCandidate.Source.RULE));
                        break;
                    }
                }
            }
        }
        return out;
    }
}
