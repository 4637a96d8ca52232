package org.iqtibos.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurnameVariantTest {
    @Test
    void oneLetterApartNeedsSameLengthAndOpening() {
        assertThat(EntityLinker.oneLetterApart("lebedov", "lebedev")).isTrue();
        assertThat(EntityLinker.oneLetterApart("lebedov", "lebedov")).isFalse();
        assertThat(EntityLinker.oneLetterApart("petrov", "petrova")).isFalse();
        assertThat(EntityLinker.oneLetterApart("ivanov", "uvanov")).isFalse();
        assertThat(EntityLinker.oneLetterApart("lavrov", "lakrav")).isFalse();
        assertThat(EntityLinker.oneLetterApart("ivan", "iван")).isFalse();
    }

    @Test
    void theRussianSuffixMayBeAddedToASurname() {
        assertThat(EntityLinker.withSuffix("kudratxoja", "kudratxojaev")).isTrue();
        assertThat(EntityLinker.withSuffix("kudratxojaev", "kudratxoja")).isTrue();
        assertThat(EntityLinker.withSuffix("kudratxoja", "kudratxojaxy")).isFalse();
        assertThat(EntityLinker.withSuffix("ali", "aliev")).isFalse();
    }
}
