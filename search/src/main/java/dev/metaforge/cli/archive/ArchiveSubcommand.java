package dev.metaforge.cli.archive;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code metaforge archive} subcommand has: the parent's archive option, {@code --json}, output. */
abstract class ArchiveSubcommand {
    @ParentCommand
    ArchiveCommand archive;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
