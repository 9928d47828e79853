package dev.metaforge.cli;

import dev.metaforge.cli.archive.ArchiveCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code metaforge} command: write, check, run and search for LLM agents. */
@Command(name = "metaforge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Agents as sandboxed Groovy scripts, and a search engine that discovers better ones.", "",
                "Start with:  metaforge search --bench samples/bench/arith --model sim"},
        subcommands = {CheckCommand.class, RunCommand.class, EvalCommand.class, SearchCommand.class, CompareCommand.class, ArchiveCommand.class, UiCommand.class, WorkerCommand.class, ParseReplyCommand.class, BenchCommand.class, WarmUpCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure (a script was refused, a task file is broken, …), 2 usage error."})
public final class Metaforge implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given environment variables in place of the process's; returns the exit code. */
    public static int execute(java.util.Map<String, String> environment, PrintWriter rawOut, PrintWriter rawErr,
                              String... args) {
        return Environment.with(environment, () -> execute(rawOut, rawErr, args));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int execute(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        PrintWriter out = TerminalWriter.of(rawOut);
        PrintWriter err = TerminalWriter.of(rawErr);
        CommandLine cli = new CommandLine(new Metaforge());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ExitCodes());
        cli.setExecutionStrategy(parsed -> {
            Logs.install(err, verbose(parsed));
            return new CommandLine.RunLast().execute(parsed);
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Whether the command that runs was given --verbose. */
    static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: search, run, eval, check or archive");
    }
}
