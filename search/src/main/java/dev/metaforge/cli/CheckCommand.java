package dev.metaforge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.metaforge.dsl.Agent;
import dev.metaforge.dsl.AgentEngine;
import dev.metaforge.dsl.sandbox.CompilationFailed;
import dev.metaforge.dsl.sandbox.Diagnostic;
import dev.metaforge.model.sim.SimModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code metaforge check}: compiles scripts in the sandbox and reports every error with its position. */
@Command(name = "check", mixinStandardHelpOptions = true, description = {"Compile agent scripts in the sandbox and report errors as file:line:col.",
        "Nothing is run and no model is called."},
        footer = {"", "Examples:", "  metaforge check samples/agents/*.agent.groovy",
                "  metaforge check my.agent.groovy --json", "",
                "check, run and eval keep each script's verified bytecode in ~/.cache/metaforge/scripts",
                "(METAFORGE_SCRIPT_CACHE: another directory, or off), so an unchanged script is not compiled again."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Agent scripts (.agent.groovy).")
    List<Path> files;

    @Option(names = "--json", description = "Print one JSON object per file instead of text.")
    boolean json;

    @Mixin
    VerboseOption verbosity;

    @Override
    public Integer call() {
        int failed = 0;
        ArrayNode results = Json.array();
        try (AgentEngine engine = ScriptCache.keep(AgentEngine.builder().model(new SimModel(0))).build()) {
            for (Path file : files) {
                ObjectNode result = results.addObject().put("file", file.toString());
                try {
                    Agent agent = engine.compile(file);
                    result.put("ok", true).put("agent", agent.name()).put("description", agent.description());
                    if (!json) {
                        spec.commandLine().getOut().println("ok    " + file + "  (" + agent.name() + ")");
                    }
                } catch (CompilationFailed e) {
                    failed++;
                    result.put("ok", false);
                    ArrayNode errors = result.putArray("errors");
                    for (Diagnostic d : e.diagnostics()) {
                        errors.addObject().put("line", d.line()).put("column", d.column()).put("code", d.code().label())
                                .put("message", d.message());
                        if (!json) {
                            spec.commandLine().getOut().println(d);
                        }
                    }
                } catch (IOException e) {
                    failed++;
                    result.put("ok", false).putArray("errors").addObject().put("line", 0).put("column", 0)
                            .put("code", "io").put("message", "cannot read the file: " + Json.reason(e));
                    if (!json) {
                        spec.commandLine().getOut().println(file + ": cannot read the file: " + Json.reason(e));
                    }
                }
            }
        }
        if (json) {
            spec.commandLine().getOut().println(Json.write(results));
        } else if (failed > 0) {
            spec.commandLine().getOut().println(failed + " of " + files.size() + " script(s) refused.");
        }
        return failed == 0 ? 0 : 1;
    }
}
