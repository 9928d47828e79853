package dev.metaforge.cli.archive;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import dev.metaforge.cli.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code metaforge archive diff}. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Unified diff of two designs' sources.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    ArchiveCommand archive;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first design's id.")
    long a;

    @Parameters(index = "1", paramLabel = "B", description = "The second design's id.")
    long b;

    @Option(names = "--json", description = "Print JSON: the two ids and the diff's lines.")
    boolean json;

    @Override
    public Integer call() {
        try (Archive store = archive.open(false)) {
            DesignRecord left = store.designs().get(a);
            DesignRecord right = store.designs().get(b);
            List<String> before = left.source().lines().toList();
            List<String> after = right.source().lines().toList();
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("#" + a + " " + left.name(), "#" + b + " "
                    + right.name(), before, DiffUtils.diff(before, after), 3);
            if (json) {
                spec.commandLine().getOut().println(Json.write(Map.of("a", a, "b", b,
                        "same", diff.isEmpty(), "diff", diff)));
                return 0;
            }
            if (diff.isEmpty()) {
                spec.commandLine().getOut().println("the sources of #" + a + " and #" + b + " are the same");
            }
            diff.forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }
}
