package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code ./metaforge …} line in the README runs and succeeds, in the README's order, and
 * prints what that command prints — its table, its verdict, its JSON — with no internal error. Paths
 * are taken from the repository root; the archive and any output file go to a temporary
 * directory; benchmarks and searches run at a small size (searches on {@link CliTest#SMALL_BENCH}). The {@code bench} lines, which share
 * nothing with the others, are {@link ReadmeBenchCommandsTest}'s, so that the two run side by side.
 */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..");

    @TempDir
    static Path scratch;
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    static Stream<String> readme() throws IOException {
        return Files.readAllLines(ROOT.resolve("README.md")).stream().filter(l -> l.startsWith("./metaforge "));
    }

    static Stream<String> readmeCommands() throws IOException {
        return readme().filter(l -> !l.startsWith("./metaforge bench"));
    }

    @ParameterizedTest
    @MethodSource("readmeCommands")
    void runs(String line) throws IOException {
        check(line, scratch);
    }

    static void check(String line, Path scratch) throws IOException {
        List<String> args = arguments(line);
        String mark = expected(List.copyOf(args));
        String archive = scratch.resolve("archive").toString();
        if (args.get(0).equals("bench")) {
            String suite = args.size() > 1 ? args.get(1) : "";
            args.addAll(switch (suite) {
                case "archive" -> List.of("--results", "2000", "--designs", "200", "--cold-runs", "1");
                case "ui" -> List.of("--designs", "200", "--results", "2000", "--nodes", "30");
                case "eval" -> List.of("--tasks", ROOT.resolve("samples/bench/arith.jsonl").toString(), "--agent",
                        ROOT.resolve("samples/agents/cot-sc.agent.groovy").toString(), "--latency", "2");
                case "model" -> List.of("--latency", "5", "--warm-up", "640");
                case "search" -> List.of("--latency", "2", "--max-designs", "2", "--bench", CliTest.SMALL_BENCH,
                        "--seeds", ROOT.resolve("samples/agents").toString());
                default -> List.of("--compilations", "20", "--samples", "20", "--solves", "30");
            });
        } else if (args.get(0).equals("search") || args.get(0).equals("compare")) {
            args.addAll(List.of("--archive", archive));
            int bench = args.indexOf("--bench");
            if (bench >= 0 && args.get(bench + 1).equals(ROOT.resolve("samples/bench/arith").toString())) {
                args.set(bench + 1, CliTest.SMALL_BENCH); // the same tasks, 40 / 40
            }
            if (!args.contains("tree")) {
                if (!args.contains("--seeds")) {
                    args.addAll(List.of("--seeds", ROOT.resolve("samples/agents").toString()));
                }
                int designs = args.indexOf("--max-designs");
                if (designs >= 0) {
                    args.set(designs + 1, "3");
                } else {
                    args.addAll(List.of("--max-designs", "3"));
                }
                int repeats = args.indexOf("--repeats");
                if (repeats >= 0) {
                    args.set(repeats + 1, "1");
                }
            }
        } else if (args.get(0).equals("archive")) {
            args.addAll(1, List.of("--archive", archive));
        } else if (args.contains("--record")) {
            args.addAll(List.of("--archive", archive));
        }
        int output = args.indexOf("-o");
        if (output >= 0) {
            args.set(output + 1, scratch.resolve(args.get(output + 1)).toString());
        }
        int copyTo = args.indexOf("--to");
        if (copyTo >= 0) {
            args.set(copyTo + 1, scratch.resolve(args.get(copyTo + 1)).toString());
        }
        if (args.get(0).equals("ui")) {
            // a server until Ctrl-C: started on a free port, one page fetched, then stopped
            args.addAll(List.of("--archive", archive, "--port", "0"));
            try {
                assertThat(UiCliTest.serveAndGet("/", args.subList(1, args.size()).toArray(String[]::new)).statusCode())
                        .isEqualTo(200);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
            return;
        }
        CliTest.Result r = CliTest.metaforge(args.toArray(String[]::new));
        assertThat(r.code()).as("%s%n%s%s", line, r.out(), r.err()).isZero();
        assertThat(r.err()).as(line).doesNotContain("internal error").doesNotContain("Exception");
        if (output >= 0) {
            assertThat(Path.of(args.get(output + 1))).isNotEmptyFile();
            assertThat(r.out() + r.err()).as(line).contains("wrote #");
        } else {
            assertThat(r.out()).as(line).contains(mark);
        }
    }

    /** What a command's output must hold: the mark of its table, verdict or JSON. */
    private static String expected(List<String> args) {
        String second = args.size() > 1 ? args.get(1) : "";
        boolean json = args.contains("--json");
        return switch (args.get(0)) {
            case "run" -> json ? "\"summary\"" : "agent: ";
            case "check" -> json ? "\"ok\" : true" : "ok    ";
            case "eval" -> args.contains("--dry-run") ? "dry run:" : args.contains("--race") ? "calls spent"
                    : json ? "\"designs\"" : "RANK  AGENT";
            case "search" -> second.equals("tree") ? " nodes" : args.contains("--dry-run") ? "about " : "<- winner";
            case "compare" -> "PAIRED (winner's test score";
            case "parse-reply" -> "\"answer\"";
            case "archive" -> switch (second) {
                case "list" -> "ID  NAME";
                case "show" -> "scores:";
                case "lineage" -> args.contains("--dot") ? "digraph" : "<- this design";
                case "diff" -> "+++ ";
                case "runs" -> "STRATEGY";
                case "copy" -> "copied ";
                default -> "#";
            };
            case "bench" -> second.equals("ui") ? " ms" : "target";
            default -> "";
        };
    }

    /** Splits like a shell: quotes, a trailing comment, globs; paths are taken from the repository root. */
    private static List<String> arguments(String line) throws IOException {
        String command = line.replaceFirst("\\s+#.*$", "").substring("./metaforge ".length());
        List<String> args = new ArrayList<>();
        Matcher m = WORD.matcher(command);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            if (m.group(2) != null && word.contains("*")) {
                Path dir = ROOT.resolve(word.substring(0, word.lastIndexOf('/')));
                List<String> matched = new ArrayList<>();
                try (DirectoryStream<Path> matches = Files.newDirectoryStream(dir, word.substring(word.lastIndexOf('/') + 1))) {
                    matches.forEach(p -> matched.add(p.toString()));
                }
                matched.sort(null);
                args.addAll(matched);
            } else if (m.group(2) != null && word.contains("/") && (Files.exists(ROOT.resolve(word))
                    || Files.exists(ROOT.resolve(word + ".bench.json")))) {
                args.add(ROOT.resolve(word).toString());
            } else {
                args.add(word);
            }
        }
        return args;
    }
}
