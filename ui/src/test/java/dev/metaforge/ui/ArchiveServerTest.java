package dev.metaforge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.archive.NewEvaluation;
import dev.metaforge.archive.Origin;
import dev.metaforge.archive.TaskRecord;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page over real HTTP on loopback against a real archive whose names, descriptions, code,
 * answers, traces and critiques carry markup, script and terminal escapes: nothing of it comes
 * back as markup, every page forbids script, and the server changes nothing.
 */
class ArchiveServerTest {
    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)></textarea>"
            + "<a href=\"javascript:alert(3)\">x</a>\u001b[2J\u001b]0;title\u0007";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    Archive archive;
    ArchiveServer server;
    long parent;
    long child;
    long run;

    @BeforeEach
    void fill() throws Exception {
        archive = Archive.open(dir.resolve("archive").toString());
        parent = archive.designs().add(NewDesign.builder("Seed " + HOSTILE, "agent('Seed') {\n    solve { task -> '"
                + HOSTILE + "' }\n}\n").description(HOSTILE).origin(Origin.SEED).build());
        child = archive.designs().add(NewDesign.builder("Child", "agent('Child') {\n    solve { task -> 1 }\n}\n")
                .parent(parent).origin(Origin.META_AGENT).build());
        run = archive.runs().start("mcts", "{}", 1, "{}");
        String trace = "[{\"kind\": \"ask\", \"branch\": \"\", \"prompt\": \"" + HOSTILE.replace("\"", "\\\"")
                .replace("\u001b", "\\u001b").replace("\u0007", "\\u0007") + "\", \"role\": \"critic\", \"reply\": "
                + "{\"answer\": \"</pre><script>alert(4)</script>\"}, \"model\": \"sim\", \"temperature\": 0.0, "
                + "\"promptTokens\": 3, \"completionTokens\": 2, \"micros\": 5, \"simulated\": true}]";
        TaskRecord wrong = new TaskRecord("t1", HOSTILE, false, 0, null, null, trace, 1, 5, 0, 3);
        archive.evaluations().save(new NewEvaluation(parent, run, "arith", "val", "h", "sim", true, 1, 0.5, 0.3, 0.7,
                10, 100, 0, Map.of(), List.of(wrong)));
        long root = archive.searchNodes().add(run, parent, null, 0.6, 0.5, HOSTILE, dev.metaforge.archive.NodeState.EVALUATED);
        archive.searchNodes().add(run, child, root, 0.4, 0.3, "try a critic", dev.metaforge.archive.NodeState.DROPPED);
        server = ArchiveServer.start(archive, "127.0.0.1", 0, null);
    }

    @AfterEach
    void stop() {
        server.close();
        archive.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageShowsTheArchiveAndNothingOfItRuns() throws Exception {
        for (String path : List.of("/", "/runs/" + run, "/designs", "/designs?q=seed", "/designs/" + parent, "/leaderboard",
                "/designs/" + child, "/lineage/" + child, "/diff?a=" + parent + "&b=" + child)) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("default-src 'none'").doesNotContain("script-src");
            String body = r.body();
            assertThat(body).as(path).doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript:")
                    .doesNotContain("</textarea><").doesNotContain("\u001b").doesNotContain("\u0007");
        }
        String design = get("/designs/" + parent).body();
        assertThat(design).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("\\x1b[2J")
                .contains("/designs/" + child).contains("Tasks wrong").contains("&lt;/pre&gt;&lt;script&gt;alert(4)");
        String tree = get("/runs/" + run).body();
        assertThat(tree).contains("state-evaluated").contains("state-dropped").contains("try a critic")
                .contains("simulated model").contains("<svg");
        assertThat(get("/designs?q=child").body()).contains("#" + child + " Child").doesNotContain("#" + parent + " Seed");
        assertThat(get("/designs?origin=meta-agent").body()).contains("#" + child + " Child").doesNotContain("#" + parent + " Seed");
        assertThat(get("/designs?origin=seed&run=" + run).body()).contains("#" + parent + " Seed").doesNotContain("Child");
        assertThat(get("/designs/" + parent + "/source").body()).startsWith("agent('Seed')");
    }

    @Test
    void aCompareShowsItsRunsOnOneChart() throws Exception {
        long a = archive.runs().start("mcts", "{\"compare\": [\"mcts\", \"random\"], \"seed\": 1}", 1, "{}");
        long b = archive.runs().start("random", "{\"compare\": [\"mcts\", \"random\"], \"seed\": 1}", 1, "{}");
        archive.evaluations().save(new NewEvaluation(child, b, "arith", "val", "h", "sim", true, 1, 0.6, 0.5, 0.7,
                12, 100, 0, Map.of(), List.of()));
        String runs = get("/").body();
        assertThat(runs).contains("/compare?runs=" + a + "," + b);
        HttpResponse<String> compared = get("/compare?runs=" + a + "," + b);
        assertThat(compared.statusCode()).isEqualTo(200);
        assertThat(compared.body()).contains("<polyline").contains("#" + b + " random seed 1").contains("60.0%");
        assertThat(get("/compare?runs=999,x").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownIdsAndPathsAreNotFoundPages() throws Exception {
        for (String path : List.of("/designs/99999", "/runs/99999", "/lineage/99999", "/nowhere", "/static/../pom.xml",
                "/static/style.css/../../x")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(get("/static/style.css").statusCode()).isEqualTo(200);
    }

    @Test
    void theServerIsReadOnly() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                + "/designs/" + parent)).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(archive.designs().count()).isEqualTo(2);
    }

    @Test
    void withATokenEveryRequestMustCarryIt() throws Exception {
        try (ArchiveServer guarded = ArchiveServer.start(archive, "127.0.0.1", 0, "s3cret")) {
            String base = "http://127.0.0.1:" + guarded.port();
            HttpResponse<String> without = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(without.statusCode()).isEqualTo(403);
            HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?token=guess")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(403);
            HttpResponse<String> with = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/?token=s3cret")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(with.statusCode()).isEqualTo(200);
            String cookie = with.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> later = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/designs/" + parent))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(later.statusCode()).isEqualTo(200);
        }
    }
}
