package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code metaforge ui} prints its URL, serves the archive there until stopped, and says why when it cannot. */
class UiCliTest {
    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/\\S*)");

    @TempDir
    Path dir;

    /** Runs {@code metaforge ui ARGS} until its URL is printed, GETs {@code path} there, then stops it. */
    static HttpResponse<String> serveAndGet(String path, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "ui";
        System.arraycopy(args, 0, all, 1, args.length);
        Thread ui = new Thread(() -> Metaforge.execute(new PrintWriter(out), new PrintWriter(err), all), "ui-under-test");
        ui.start();
        try {
            long until = System.nanoTime() + 60_000_000_000L;
            Matcher m = URL.matcher("");
            while (System.nanoTime() < until && !(m = URL.matcher(out.toString())).find()) {
                assertThat(ui.isAlive()).as("ui stopped: %s %s", out, err).isTrue();
                Thread.sleep(20);
            }
            String base = m.group(1).replaceFirst("/(\\?.*)?$", "");
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            ui.interrupt();
            ui.join(10_000);
        }
    }

    @Test
    void servesTheArchiveAtThePrintedUrl() throws Exception {
        String archive = dir.resolve("archive").toString();
        CliTest.metaforge("archive", "--archive", archive, "import", "--origin", "seed",
                Path.of(CliTest.SAMPLES, "agents/cot.agent.groovy").toString());
        HttpResponse<String> r = serveAndGet("/designs/1", "--archive", archive, "--port", "0");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Chain-of-Thought").contains("<pre>");
    }

    @Test
    void anArchiveThatCannotBeOpenedIsSaidSoWithExitOne() throws Exception {
        Path notADatabase = dir.resolve("broken.mv.db");
        Files.writeString(notADatabase, "this is not an H2 file");
        CliTest.Result r = CliTest.metaforge("ui", "--archive", dir.resolve("broken").toString(), "--port", "0");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("metaforge: ").doesNotContain("\tat ");
    }

    @Test
    void aBadPortIsAUsageError() {
        assertThat(CliTest.metaforge("ui", "--port", "70000").code()).isEqualTo(2);
    }
}
