package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Without a terminal, an evaluation's progress is its first task, then one line per tenth of its tasks. */
class ProgressTest {
    @Test
    void aLogGetsTheFirstTaskAndALineAtEachTenth() {
        StringWriter log = new StringWriter();
        Progress progress = new Progress(new PrintWriter(log, true), "Chain-of-Thought", 1_000);
        for (int done = 1; done <= 1_000; done++) {
            progress.update(done, done * 0.5, 2L * done);
        }
        progress.finish();
        String[] lines = log.toString().split("\n");
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).startsWith("Chain-of-Thought").contains(" 1/1000");
        assertThat(lines[1]).contains("100/1000").contains("score so far  50.0%");
        assertThat(lines[10]).contains("1000/1000").contains("2000 calls").endsWith("0 s left");
    }
}
