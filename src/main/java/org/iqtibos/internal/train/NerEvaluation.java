package org.iqtibos.internal.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.util.Span;
import org.iqtibos.Script;
import org.iqtibos.internal.ner.StatisticalNameFinder;

/**
 * Runs a name finder over a CoNLL corpus. Sentences between {@code -DOCSTART-} marks form one document for the
 * finder's document consistency; a corpus without marks is one sentence a document, so no gold structure leaks.
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    /** The predicted spans of every sentence of {@code corpus}, in order. */
    public static List<Span[]> tag(StatisticalNameFinder finder, ConllCorpus corpus, Script script) {
        Objects.requireNonNull(finder, "finder");
        List<Span[]> out = new ArrayList<>();
        List<String[]> doc = new ArrayList<>();
        for (ConllCorpus.ConllSentence s : corpus.sentences()) {
            if (s.documentStart() && !doc.isEmpty()) {
                out.addAll(finder.tagDocument(doc, script));
                doc.clear();
            }
            doc.add(s.tokens().toArray(new String[0]));
        }
        if (!doc.isEmpty()) {
            out.addAll(finder.tagDocument(doc, script));
        }
        return out;
    }

    /** Scores {@code finder} on {@code corpus}. */
    public static NerScore score(StatisticalNameFinder finder, ConllCorpus corpus, Script script) {
        List<Span[]> predicted = tag(finder, corpus, script);
        NerScore score = new NerScore();
        for (int i = 0; i < predicted.size(); i++) {
            score.add(corpus.sentences().get(i).names(), List.of(predicted.get(i)));
        }
        return score;
    }

    /** The script of a corpus: Latin when most letters are Latin. */
    public static Script scriptOf(ConllCorpus corpus) {
        long latin = 0;
        long other = 0;
        for (ConllCorpus.ConllSentence s : corpus.sentences()) {
            for (String t : s.tokens()) {
                for (int i = 0; i < t.length(); i++) {
                    char c = t.charAt(i);
                    if (Character.isLetter(c)) {
                        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                            latin++;
                        } else {
                            other++;
                        }
                    }
                }
            }
        }
        return latin > other ? Script.LATN : Script.CYRL;
    }
}
