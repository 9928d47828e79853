package dev.metaforge.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.search.ParetoFront.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {
    @Test
    void keepsOnlyTheDesignsNoOtherBeatsOnBothCheapestFirst() {
        List<Point> front = ParetoFront.of(List.of(new Point(1, 0.70, 1), new Point(2, 0.80, 2), new Point(3, 0.78, 5),
                new Point(4, 0.92, 11), new Point(5, 0.80, 3), new Point(6, 0.92, 11), new Point(7, 0.69, 1)));
        assertThat(front).extracting(Point::id).containsExactly(1L, 2L, 4L);
    }

    @Test
    void aCheaperDesignThatScoresTheSameDominates() {
        assertThat(ParetoFront.of(List.of(new Point(1, 0.9, 9), new Point(2, 0.9, 5)))).extracting(Point::id)
                .containsExactly(2L);
    }
}
