package dev.metaforge.cli;

import picocli.CommandLine.Option;

/** {@code -v, --verbose}: say what the engine does quietly (retries, waits), and show stack traces of internal errors. */
final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Log retries, back-off and rate-limit waits, and show stack "
            + "traces of internal errors.")
    boolean verbose;
}
