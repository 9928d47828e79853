package dev.metaforge.model.sim;

import java.util.List;

/** One simulated solution: the answer, the worked steps shown, and the first step that went wrong (0 if none). */
record Attempt(long answer, List<String> steps, int firstWrongStep) {

    String reasoning() {
        return String.join(" ", steps) + " So the answer is " + answer + ".";
    }
}
