package dev.metaforge.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C and a termination signal during a long command: the first asks the work to stop at its
 * next boundary (so the archive stays open and the run is closed properly, where a JVM shutdown
 * would close the database under it); a second one exits at once with 130.
 */
final class StopSignals implements AutoCloseable {
    private static final List<String> NAMES = List.of("INT", "TERM");
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private volatile boolean asked;

    StopSignals(Runnable stop) {
        SignalHandler handler = signal -> {
            if (asked) {
                Runtime.getRuntime().halt(130);
            }
            asked = true;
            stop.run();
        };
        for (String name : NAMES) {
            try {
                Signal s = new Signal(name);
                previous.add(Signal.handle(s, handler));
                signals.add(s);
            } catch (IllegalArgumentException e) {
                // this platform has no such signal, or the JVM keeps it for itself
            }
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
