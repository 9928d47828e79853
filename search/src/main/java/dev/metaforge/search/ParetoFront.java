package dev.metaforge.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The designs no other design beats on both accuracy and cost: none scores at least as well with
 * at most as many calls per task and is better in one of the two. Read from designs measured on
 * the same tasks (every validation task), cheapest first — the choices a user can weigh.
 */
public final class ParetoFront {
    /** A design's place on the plane: its id, its score and its model calls per task. */
    public record Point(long id, double accuracy, double callsPerTask) {
    }

    private ParetoFront() {
    }

    public static List<Point> of(List<Point> points) {
        List<Point> front = new ArrayList<>();
        for (Point p : points) {
            boolean dominated = points.stream().anyMatch(q -> q != p && q.accuracy() >= p.accuracy()
                    && q.callsPerTask() <= p.callsPerTask()
                    && (q.accuracy() > p.accuracy() || q.callsPerTask() < p.callsPerTask()));
            boolean repeated = front.stream().anyMatch(f -> f.accuracy() == p.accuracy()
                    && f.callsPerTask() == p.callsPerTask());
            if (!dominated && !repeated) {
                front.add(p);
            }
        }
        front.sort(Comparator.comparingDouble(Point::callsPerTask));
        return front;
    }

    /** The front of a run's designs measured on all {@code tasks} validation tasks. */
    public static List<Point> of(List<Candidate> candidates, int tasks) {
        return of(candidates.stream().filter(c -> !c.failed() && c.validation().n() == tasks)
                .map(c -> new Point(c.designId(), c.mean(), c.validation().calls() / (double) tasks)).toList());
    }
}
