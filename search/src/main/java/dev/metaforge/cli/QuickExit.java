package dev.metaforge.cli;

import java.util.regex.Pattern;

/**
 * Ends the process without the JVM's wait on threads blocked in native code. On exit the JVM
 * waits about 300 ms for any thread inside a native call, and the JDK HTTP client keeps one
 * there for as long as it lives: its selector thread, in {@code epoll_wait}. Java 17 offers no
 * way to close a client, but an interrupted selector thread leaves its loop and ends at once,
 * which is all a process that is about to exit needs of it.
 */
final class QuickExit {
    /** The JDK HTTP client's name for its selector threads. */
    private static final Pattern HTTP_SELECTOR = Pattern.compile("HttpClient-\\d+-SelectorManager");

    private QuickExit() {
    }

    static void exit(int code) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isDaemon() && HTTP_SELECTOR.matcher(t.getName()).matches()) {
                t.interrupt();
                try {
                    t.join(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        System.exit(code);
    }
}
