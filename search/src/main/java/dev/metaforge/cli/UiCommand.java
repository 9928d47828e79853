package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveException;
import dev.metaforge.ui.ArchiveServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge ui}: the archive in a web browser, read only, until Ctrl-C. */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Browse the archive in a web browser: runs and their search trees, designs with their "
                + "sources and traces, lineage. Read only; a search writing to the same archive shows live.",
                "Listens on 127.0.0.1 unless --host is given; then every request needs an access token "
                        + "(--token, or one made up and printed)."},
        footer = {"", "Examples:", "  metaforge ui", "  metaforge ui --archive team.h2 --port 8080",
                "  metaforge ui --host 0.0.0.0 --token \"$(cat ~/.metaforge-token)\""})
public final class UiCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--archive", paramLabel = "PATH|JDBC-URL", description = "The archive (default: $METAFORGE_ARCHIVE, "
            + "else .metaforge/archive).")
    String archive;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", description = "Access token required with a --host other than loopback.")
    String token;

    @Option(names = "--open", description = "Open the URL in the desktop's browser (xdg-open or open).")
    boolean open;

    @Override
    @SuppressWarnings("try") // the signal handlers are held for the try block, not used in it
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        boolean loopback = InetAddress.getByName(host).isLoopbackAddress();
        String access = token != null ? token : loopback ? null : HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Archive store;
        try {
            store = EvaluationRecorder.openForReading(archive);
        } catch (ArchiveException e) {
            err.println("metaforge: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (store; ArchiveServer server = ArchiveServer.start(store, host, port, access);
             StopSignals signals = new StopSignals(stopped::countDown)) {
            String url = "http://" + (loopback ? "127.0.0.1" : host) + ":" + server.port() + "/"
                    + (access == null ? "" : "?token=" + access);
            out.println("serving " + store.location() + " at " + url + "  (Ctrl-C to stop)");
            out.flush();
            if (open) {
                openInBrowser(url, err);
            }
            stopped.await();
        } catch (java.net.BindException e) {
            err.println("metaforge: cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); try --port 0");
            return 1;
        }
        return 0;
    }

    private static void openInBrowser(String url, PrintWriter err) {
        for (String opener : new String[] {"xdg-open", "open"}) {
            try {
                new ProcessBuilder(opener, url).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return;
            } catch (IOException e) {
                // not this desktop's opener; try the next
            }
        }
        err.println("metaforge: no xdg-open or open here; open the URL above yourself");
    }
}
