package org.iqtibos.internal.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GivenNameBuilderTest {
    private static String sentence(String... tokenTag) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokenTag.length; i += 2) {
            sb.append(tokenTag[i]).append('\t').append(tokenTag[i + 1]).append('\n');
        }
        return sb.append('\n').toString();
    }

    @Test
    void takesFirstWordsThatComeFirstOftenAndNeverInLowerCase() {
        String corpus = sentence("Timur", "B-PER", "Aliyev", "I-PER", "keldi", "O")
                + sentence("Timur", "B-PER", "Nazarov", "I-PER", "ketdi", "O")
                + sentence("Bahor", "B-PER", "Rasulova", "I-PER", "va", "O", "Bahor", "B-PER", "Karimova", "I-PER")
                + sentence("bahor", "O", "keldi", "O")
                + sentence("Aliyev", "B-PER", "Timur", "I-PER")
                + sentence("Rustam", "B-PER", "Qodirov", "I-PER")
                + sentence("Qodirov", "B-PER", "Rustam", "I-PER")
                + sentence("Qodirov", "B-PER", "Sobir", "I-PER")
                + sentence("Qodirov", "B-PER", "Sobir", "I-PER");
        // Timur: first twice, last once; Bahor is also a common word; Rustam comes first once only; Sobir only last
        assertThat(GivenNameBuilder.fromConll(ConllCorpus.parse(corpus))).contains("Timur")
                .doesNotContain("Bahor", "Rustam", "Aliyev", "Sobir");
    }
}
