package org.iqtibos.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurnameVariantTest {
    @Test
    void oneLetterApartNeedsSameLengthAndOpening() {
        assertThat(MentionClusters.oneLetterApart("lebedov", "lebedev")).isTrue();
        assertThat(MentionClusters.oneLetterApart("lebedov", "lebedov")).isFalse();
        assertThat(MentionClusters.oneLetterApart("petrov", "petrova")).isFalse();
        assertThat(MentionClusters.oneLetterApart("ivanov", "uvanov")).isFalse();
        assertThat(MentionClusters.oneLetterApart("lavrov", "lakrav")).isFalse();
        assertThat(MentionClusters.oneLetterApart("ivan", "iван")).isFalse();
    }

    @Test
    void theRussianSuffixMayBeAddedToASurname() {
        assertThat(MentionClusters.withSuffix("kudratxoja", "kudratxojaev")).isTrue();
        assertThat(MentionClusters.withSuffix("kudratxojaev", "kudratxoja")).isTrue();
        assertThat(MentionClusters.withSuffix("kudratxoja", "kudratxojaxy")).isFalse();
        assertThat(MentionClusters.withSuffix("ali", "aliev")).isFalse();
    }
}
