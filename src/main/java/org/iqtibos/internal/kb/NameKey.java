package org.iqtibos.internal.kb;

import java.util.List;
import org.iqtibos.internal.segment.Segmenter;
import org.iqtibos.internal.segment.Token;
import org.iqtibos.internal.text.TextFold;

/**
 * The lookup key of a name: what two spellings share when they name the same thing in the same language family.
 * Words are the {@link Segmenter#tokenize tokens} of the name, each folded by {@link TextFold#nameKey} (case,
 * apostrophes, look-alike letters, {@code Тоқаев}/{@code Токаев}), joined by one space, so {@code Kun.uz} and
 * {@code Kun . uz} agree. Stateless and thread-safe.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The key of a whole name (one or more words). */
    public static String of(String name) {
        List<Token> tokens = Segmenter.tokenize(name, 0, name.length());
        StringBuilder sb = new StringBuilder(name.length());
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word(t.text()));
        }
        return sb.toString();
    }

    /** The key of one token: {@link TextFold#nameKey}. */
    public static String word(String word) {
        return TextFold.nameKey(word);
    }
}
