package org.iqtibos.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetMapTest {
    @Test
    void identityMapsEverySpanToItself() {
        OffsetMap m = OffsetMap.identity(5);
        assertThat(m.toOriginal(1, 4)).containsExactly(1, 4);
        assertThat(m.toOriginal(5, 5)).containsExactly(5, 5);
        assertThat(m.isIdentity()).isTrue();
    }

    @Test
    void composedMapsReachTheFirstText() {
        OffsetMap.Builder b1 = new OffsetMap.Builder();
        b1.add(1, 0, 1);
        b1.add(1, 1, 3); // original [1,3) became one char
        b1.add(1, 3, 4);
        OffsetMap first = b1.build(4);
        OffsetMap.Builder b2 = new OffsetMap.Builder();
        b2.add(2, 0, 1); // first char became two
        b2.add(1, 1, 2);
        b2.add(1, 2, 3);
        OffsetMap composed = first.andThen(b2.build(3));
        assertThat(composed.length()).isEqualTo(4);
        assertThat(composed.toOriginal(2, 3)).containsExactly(1, 3);
        assertThat(composed.toOriginal(0, 1)).containsExactly(0, 1);
        assertThat(composed.toOriginal(1, 4)).containsExactly(0, 4);
    }

    @Test
    void offsetsOutsideTheTextAreRefused() {
        assertThatThrownBy(() -> OffsetMap.identity(3).toOriginal(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> OffsetMap.identity(3).toOriginal(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
