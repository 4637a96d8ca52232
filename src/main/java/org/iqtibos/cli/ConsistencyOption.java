package org.iqtibos.cli;

import org.iqtibos.internal.ner.DocumentConsistency;
import org.iqtibos.internal.ner.StatisticalNameFinder;
import picocli.CommandLine.Option;

/**
 * The options that choose the finder's document-level pass, to measure it: documents are the runs of sentences
 * between {@code -DOCSTART-} lines of a CoNLL file (without such lines each sentence is a document of its own).
 */
final class ConsistencyOption {
    @Option(names = "--consistency", description = "document-level pass: off, propagate or propagate-relabel (default: the finder's own)")
    String mode;

    @Option(names = "--no-person-parts", description = "with --consistency: single words of person names do not count as names")
    boolean noPersonParts;

    StatisticalNameFinder apply(StatisticalNameFinder finder) {
        if (mode == null) {
            return finder;
        }
        return finder.withConsistency(new DocumentConsistency(DocumentConsistency.Mode.parse(mode), !noPersonParts));
    }
}
