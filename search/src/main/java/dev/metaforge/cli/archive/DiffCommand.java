package dev.metaforge.cli.archive;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.metaforge.archive.Archive;
import dev.metaforge.archive.DesignRecord;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Override
    public Integer call() {
        try (Archive store = archive.open(false)) {
            DesignRecord left = store.designs().get(a);
            DesignRecord right = store.designs().get(b);
            List<String> before = left.source().lines().toList();
            List<String> after = right.source().lines().toList();
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("#" + a + " " + left.name(), "#" + b + " "
                    + right.name(), before, DiffUtils.diff(before, after), 3);
            if (diff.isEmpty()) {
                spec.commandLine().getOut().println("the sources of #" + a + " and #" + b + " are the same");
            }
            diff.forEach(spec.commandLine().getOut()::println);
        }
        return 0;
    }
}
