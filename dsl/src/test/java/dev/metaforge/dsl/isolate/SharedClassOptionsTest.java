package dev.metaforge.dsl.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A worker process gets its parent's class-data sharing options, and nothing from the program's own arguments. */
class SharedClassOptionsTest {
    @Test
    void theLaunchersArchiveOptionsAreCarriedOver() {
        assertThat(ProcessWorker.sharedClassOptions(new String[] {"-XX:SharedArchiveFile=/opt/m.jsa", "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-jar", "m.jar", "run", "a.groovy"}))
                .containsExactly("-XX:SharedArchiveFile=/opt/m.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    @Test
    void whatFollowsTheJarOrMainClassIsTheProgramsOwn() {
        assertThat(ProcessWorker.sharedClassOptions(new String[] {"-jar", "m.jar", "-XX:SharedArchiveFile=/tmp/x.jsa"}))
                .isEmpty();
        assertThat(ProcessWorker.sharedClassOptions(new String[] {"-cp", "-XX:SharedArchiveFile=odd-dir", "Main",
            "-Xlog:cds=off"})).isEmpty();
        assertThat(ProcessWorker.sharedClassOptions(new String[] {"-Xmx1g", "-classpath", "a:b",
            "-XX:SharedArchiveFile=/s.jsa", "dev.Main", "-XX:SharedArchiveFile=/t.jsa"})).containsExactly(
                "-XX:SharedArchiveFile=/s.jsa");
    }

    @Test
    void aJvmWithoutAnArchiveGivesNone() {
        assertThat(ProcessWorker.sharedClassOptions(new String[] {"-Xmx512m", "-cp", "x.jar", "Main"})).isEmpty();
    }
}
