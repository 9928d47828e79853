package dev.metaforge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help prints its usage without a picocli warning, and --version names the build's version. */
class HelpTest {
    private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
        out.add(path);
        cli.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandSpec().name().equals(name)) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, out);
            }
        });
    }

    @Test
    void everyCommandsHelpTeachesWithoutAWarning() {
        List<List<String>> commands = new ArrayList<>();
        collect(Metaforge.commandLine(), List.of(), commands);
        assertThat(commands.size()).isGreaterThan(15);
        PrintStream original = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(command);
                args.add("--help");
                CliTest.Result r = CliTest.metaforge(args.toArray(String[]::new));
                assertThat(r.code()).as(String.join(" ", args)).isZero();
                assertThat(r.out()).as(String.join(" ", args)).contains("Usage: metaforge");
            }
        } finally {
            System.setErr(original);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("printed by picocli on the side").doesNotContain("WARN");
    }

    @Test
    void aCommandLineNamingACommandReadsThatOneAloneAndAnyOtherReadsThemAll() {
        assertThat(Metaforge.commandLine("eval", "x.groovy", "--tasks", "t.jsonl").getSubcommands()).containsOnlyKeys("eval");
        assertThat(Metaforge.commandLine("archive", "list").getSubcommands()).containsOnlyKeys("archive");
        int all = Metaforge.commandLine().getSubcommands().size();
        assertThat(all).isGreaterThan(10);
        for (String[] args : new String[][] {{"help", "eval"}, {"evl"}, {"--help"}, {"-V"}, {}}) {
            assertThat(Metaforge.commandLine(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
        }
        Metaforge.declaredNames().forEach((name, declared) -> assertThat(declared).isEqualTo(name));
        CliTest.Result typo = CliTest.metaforge("evl");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("Did you mean: metaforge eval?");
        assertThat(CliTest.metaforge("help", "check").out()).contains("Usage: metaforge check");
    }

    @Test
    void theVersionIsTheBuildsOwn() {
        CliTest.Result r = CliTest.metaforge("--version");
        assertThat(r.out().strip()).matches("metaforge \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
