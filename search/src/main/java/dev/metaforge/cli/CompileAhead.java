package dev.metaforge.cli;

import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.model.sim.SimModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compiles the scripts a {@code check}, {@code run} or {@code eval} names on a second thread while
 * the first reads the command line, so that the two cores share a short command's start. What it
 * compiles is kept for the whole process ({@code VerifiedScripts}); the command's own compilation
 * then finds it, or waits for it. A script it cannot compile is left to the command, which reports it.
 */
final class CompileAhead {
    private static final Set<String> COMMANDS = Set.of("check", "run", "eval");
    /** More than a few would only compete with the command's own work. */
    private static final int MAX_SCRIPTS = 4;

    private CompileAhead() {
    }

    static void start(String[] args) {
        if (args.length < 2 || !COMMANDS.contains(args[0])) {
            return;
        }
        List<Path> scripts = new ArrayList<>();
        for (int i = 1; i < args.length && scripts.size() < MAX_SCRIPTS; i++) {
            if (args[i].endsWith(".groovy") && !args[i].startsWith("-")) {
                Path file = Path.of(args[i]);
                if (Files.isRegularFile(file)) {
                    scripts.add(file);
                }
            }
        }
        if (scripts.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            try (AgentEngine engine = ScriptCache.keep(AgentEngine.builder().model(new SimModel(0))).build()) {
                for (Path file : scripts) {
                    try {
                        engine.compile(file);
                    } catch (Exception | LinkageError refused) {
                        // the command compiles it again and says why
                    }
                }
            }
        }, "metaforge-compile-ahead");
        t.setDaemon(true);
        t.start();
    }
}
