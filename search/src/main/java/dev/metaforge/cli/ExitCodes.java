package dev.metaforge.cli;

import dev.metaforge.archive.ArchiveException;
import dev.metaforge.dsl.TerminalText;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.eval.ScorerException;
import dev.metaforge.eval.TaskFileException;
import dev.metaforge.model.ModelException;
import dev.metaforge.model.Models;
import dev.metaforge.search.SearchException;
import picocli.CommandLine;

/**
 * The one place an exception leaving a command becomes an exit code and a line: 2 for a usage
 * error (an option's value, a scorer that does not compile), 1 for a failure of what was asked (a
 * broken task file, a refused script, an unknown model, the archive, the model), 1 and "internal
 * error" for anything else, with its stack trace under {@code --verbose}.
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    static int of(Throwable e) {
        if (e instanceof UsageException || e instanceof ScorerException || e instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return FAILURE;
    }

    static boolean expected(Throwable e) {
        return e instanceof UsageException || e instanceof ScorerException || e instanceof TaskFileException
                || e instanceof CompilationFailed || e instanceof Models.UnknownModelException
                || e instanceof ArchiveException || e instanceof ModelException || e instanceof SearchException;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        boolean verbose = Metaforge.verbose(parseResult);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("metaforge: " + (expected(e) ? "" : "internal error: ")
                + TerminalText.inline(message, 2_000));
        if (verbose) {
            e.printStackTrace(commandLine.getErr());
        } else if (!expected(e)) {
            commandLine.getErr().println("metaforge: run again with --verbose for the stack trace");
        }
        return of(e);
    }
}
