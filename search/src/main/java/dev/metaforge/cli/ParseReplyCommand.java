package dev.metaforge.cli;

import dev.metaforge.model.ReplyParseException;
import dev.metaforge.model.ReplyParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code metaforge parse-reply}: the tolerant reply parser on raw model text, for testing and debugging. */
@Command(name = "parse-reply", mixinStandardHelpOptions = true,
        description = {"Read a model's raw reply from standard input (or --file) and print the requested fields as JSON,",
                "or exit 1 with the reason it cannot be read (empty, truncated, a missing field, a refusal, …)."},
        footer = {"", "Examples:", "  echo \"{'answer': 42,}\" | metaforge parse-reply --fields answer",
                "  metaforge parse-reply --fields thinking,answer --file samples/replies/messy.txt"})
final class ParseReplyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--fields", required = true, split = ",", paramLabel = "NAME[,NAME…]", description = "Fields to read.")
    List<String> fields;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the reply from FILE instead of standard input.")
    Path file;

    @Override
    public Integer call() throws IOException {
        String raw;
        if (file != null) {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } else {
            InputStream in = System.in;
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            spec.commandLine().getOut().println(Json.write(ReplyParser.parse(raw, fields)));
            return 0;
        } catch (ReplyParseException e) {
            spec.commandLine().getErr().println("metaforge: " + e.getMessage());
            return 1;
        }
    }
}
