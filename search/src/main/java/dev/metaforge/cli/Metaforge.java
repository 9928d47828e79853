package dev.metaforge.cli;

import dev.metaforge.cli.archive.ArchiveCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code metaforge} command: write, check, run and search for LLM agents. */
@Command(name = "metaforge", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Agents as sandboxed Groovy scripts, and a search engine that discovers better ones.", "",
                "Start with:  metaforge search --bench samples/bench/arith --model sim"},
        footer = {"", "Exit codes: 0 ok, 1 failure (a script was refused, a task file is broken, …), 2 usage error."})
public final class Metaforge implements Runnable {
    /**
     * The subcommands, in the order {@code --help} lists them. picocli reads every option of every
     * command it is given before it parses anything — a third of a short command's start-up — so
     * a command line naming one of them is given that one alone.
     */
    private static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands(
            "check", CheckCommand.class, "run", RunCommand.class, "eval", EvalCommand.class,
            "search", SearchCommand.class, "compare", CompareCommand.class, "archive", ArchiveCommand.class,
            "ui", UiCommand.class, "worker", WorkerCommand.class, "parse-reply", ParseReplyCommand.class,
            "bench", BenchCommand.class, "warm-up", WarmUpCommand.class, "help", CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Names as the commands declare them (checked by a test): reading each annotation would load them all. */
    private static java.util.Map<String, Class<?>> subcommands(Object... nameThenClass) {
        java.util.Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            byName.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** Each subcommand's name, as its annotation declares it. */
    static java.util.Map<String, String> declaredNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        SUBCOMMANDS.forEach((name, c) -> names.put(name, c.getAnnotation(Command.class).name()));
        return names;
    }

    /** The command line with every subcommand, as {@code metaforge --help} shows it. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name, or with all of them
     * when they name none (help, a version, a mistyped name that deserves suggestions).
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Metaforge());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(CommandLine.Model.CommandSpec.forAnnotatedObject(SUBCOMMANDS.get(first)));
        } else {
            SUBCOMMANDS.values().forEach(c -> cli.addSubcommand(c));
        }
        return cli;
    }

    public static void main(String[] args) {
        CompileAhead.start(args);
        QuickExit.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
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
        CommandLine cli = commandLine(args);
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
