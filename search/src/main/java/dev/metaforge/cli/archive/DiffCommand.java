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
import picocli.CommandLine.Parameters;

/** {@code metaforge archive diff}. */
@Command(name = "diff", mixinStandardHelpOptions = true, description = "Unified diff of two designs' sources.")
final class DiffCommand extends ArchiveSubcommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "The first design's id.")
    long a;

    @Parameters(index = "1", paramLabel = "B", description = "The second design's id.")
    long b;

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
                out().println(Json.write(Map.of("a", a, "b", b,
                        "same", diff.isEmpty(), "diff", diff)));
                return 0;
            }
            if (diff.isEmpty()) {
                out().println("the sources of #" + a + " and #" + b + " are the same");
            }
            diff.forEach(out()::println);
        }
        return 0;
    }
}
