package dev.metaforge.benchmarks;

import dev.metaforge.model.ReplyParser;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Reading a model's reply into the fields a script asked for: once per model call. */
@State(Scope.Benchmark)
public class ReplyParsingBenchmark {
    static final List<String> FIELDS = List.of("thinking", "answer");
    /** JSON as asked for. */
    static final String JSON = "{\"thinking\": \"Start with 12, buy 7 more: 19.\", \"answer\": \"19\"}";
    /** What models also send: a think block, chatter and a fenced, trailing-comma object. */
    static final String MESSY = "<think>Let me work it out: 12 + 7.</think>\nSure! Here is my reply:\n```json\n{\n"
            + "  \"thinking\": \"Start with 12, buy 7 more: 19.\",\n  \"answer\": 19,\n}\n```\nLet me know if you need more.\n";

    @Benchmark
    public Map<String, String> json() {
        return ReplyParser.parse(JSON, FIELDS);
    }

    @Benchmark
    public Map<String, String> messy() {
        return ReplyParser.parse(MESSY, FIELDS);
    }
}
