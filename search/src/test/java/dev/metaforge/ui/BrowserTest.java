package dev.metaforge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.NewDesign;
import dev.metaforge.cli.Metaforge;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver), over an archive
 * filled by a small search: open the runs, open a run, fold and unfold its tree, follow a design,
 * its lineage and a diff; no page logs an error, no hostile text runs, and each page is saved as a
 * screenshot under target/screenshots. Skipped, saying why, where the browser is not installed.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    static Archive archive;
    static ArchiveServer server;
    static ChromeDriver browser;
    static long hostile;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: no " + CHROMIUM + " or " + DRIVER + " (apt-get install chromium chromium-driver)");
        String location = dir.resolve("archive").toString();
        StringWriter err = new StringWriter();
        int code = Metaforge.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "search", "--bench",
                "src/test/resources/bench/arith-small", "--model", "sim", "--max-designs", "4", "--seeds", "../samples/agents",
                "--archive", location);
        assertThat(code).as(err.toString()).isZero();
        archive = Archive.open(location);
        hostile = archive.designs().add(NewDesign.builder("<script>alert(1)</script>", "agent('x') { solve { t -> "
                + "'</pre><img src=x onerror=alert(2)>' } }").description("\"><svg onload=alert(3)>").parent(1).build());
        server = ArchiveServer.start(archive, "127.0.0.1", 0, null);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1200,900",
                "--user-data-dir=" + dir.resolve("profile"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (archive != null) {
            archive.close();
        }
    }

    private static void open(String path, String shot) throws Exception {
        browser.get("http://127.0.0.1:" + server.port() + path);
        settled(shot);
    }

    private static void settled(String shot) throws Exception {
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(shot + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(errors).as("errors logged by %s", browser.getCurrentUrl()).isEmpty();
        try {
            browser.switchTo().alert();
            throw new AssertionError("a script ran on " + browser.getCurrentUrl());
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void aPersonBrowsesTheRunTheTreeADesignItsLineageAndADiff() throws Exception {
        open("/", "runs");
        browser.findElement(By.cssSelector("table a[href^='/runs/']")).click();
        settled("run");
        List<WebElement> nodes = browser.findElements(By.cssSelector("details"));
        assertThat(nodes).hasSizeGreaterThanOrEqualTo(7);
        WebElement first = nodes.get(0);
        first.findElement(By.tagName("summary")).click();
        assertThat(first.getAttribute("open")).isNull();
        first.findElement(By.tagName("summary")).click();
        assertThat(first.getAttribute("open")).isNotNull();
        browser.findElement(By.cssSelector("details summary a[href^='/designs/']")).click();
        settled("design");
        browser.findElement(By.linkText("lineage")).click();
        settled("lineage");
        assertThat(browser.findElements(By.cssSelector("svg a"))).isNotEmpty();
        open("/designs/" + hostile, "hostile-design");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>alert(1)</script>");
        assertThat(browser.findElements(By.cssSelector("main script, main img"))).isEmpty();
        browser.findElement(By.linkText("diff")).click();
        settled("diff");
        assertThat(browser.findElements(By.cssSelector(".diff pre"))).hasSize(2);
        open("/leaderboard", "leaderboard");
        open("/designs?q=step", "search");
    }
}
