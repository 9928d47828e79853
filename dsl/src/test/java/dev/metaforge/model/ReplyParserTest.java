package dev.metaforge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Messy replies, as models write them: each is recovered exactly, or refused with a reason. */
class ReplyParserTest {
    private static final List<String> TA = List.of("thinking", "answer");

    private static Map<String, String> ta(String thinking, String answer) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("thinking", thinking);
        m.put("answer", answer);
        return m;
    }

    static Stream<Arguments> recovered() {
        return Stream.of(
                Arguments.of("plain JSON", "{\"thinking\": \"7+5\", \"answer\": \"12\"}", TA, ta("7+5", "12")),
                Arguments.of("json fence", "```json\n{\"thinking\": \"a\", \"answer\": \"b\"}\n```", TA, ta("a", "b")),
                Arguments.of("bare fence", "```\n{\"thinking\": \"a\", \"answer\": \"b\"}\n```", TA, ta("a", "b")),
                Arguments.of("prose around", "Sure! Here it is: {\"thinking\": \"a\", \"answer\": \"b\"} Hope this helps.",
                        TA, ta("a", "b")),
                Arguments.of("think block first", "<think>let me see {not json}</think>\n{\"thinking\": \"a\", \"answer\": \"b\"}",
                        TA, ta("a", "b")),
                Arguments.of("single quotes", "{'thinking': 'it\\'s easy', 'answer': '4'}", TA, ta("it's easy", "4")),
                Arguments.of("trailing commas", "{\"thinking\": \"a\", \"answer\": \"b\",}", TA, ta("a", "b")),
                Arguments.of("trailing comma in list", "{\"thinking\": [1, 2,], \"answer\": \"b\"}", TA, ta("[1,2]", "b")),
                Arguments.of("raw newline in string", "{\"thinking\": \"line one\nline two\", \"answer\": \"b\"}", TA,
                        ta("line one\nline two", "b")),
                Arguments.of("python literals", "{'thinking': None, 'answer': True}", TA, ta("", "true")),
                Arguments.of("CRLF", "{\r\n\"thinking\": \"a\",\r\n\"answer\": \"b\"\r\n}", TA, ta("a", "b")),
                Arguments.of("byte-order mark", "\uFEFF{\"thinking\": \"a\", \"answer\": \"b\"}", TA, ta("a", "b")),
                Arguments.of("number to text", "{\"thinking\": \"a\", \"answer\": 42}", TA, ta("a", "42")),
                Arguments.of("decimal to text", "{\"thinking\": \"a\", \"answer\": 16.50}", TA, ta("a", "16.5")),
                Arguments.of("float that is whole", "{\"thinking\": \"a\", \"answer\": 12.0}", TA, ta("a", "12")),
                Arguments.of("unquoted keys", "{thinking: \"a\", answer: \"b\"}", TA, ta("a", "b")),
                Arguments.of("keys in another case", "{\"Thinking\": \"a\", \"ANSWER\": \"b\"}", TA, ta("a", "b")),
                Arguments.of("escapes", "{\"thinking\": \"tab\\tquote\\\" \\u00e9\", \"answer\": \"b\"}", TA,
                        ta("tab\tquote\" é", "b")),
                Arguments.of("nested object kept as JSON", "{\"thinking\": {\"step\": 1}, \"answer\": \"b\"}", TA,
                        ta("{\"step\":1}", "b")),
                Arguments.of("extra fields ignored", "{\"confidence\": 0.9, \"thinking\": \"a\", \"answer\": \"b\"}", TA,
                        ta("a", "b")),
                Arguments.of("two objects that agree", "{\"answer\": \"b\"} and again {\"answer\": \"b\", \"thinking\": \"a\"}",
                        TA, ta("a", "b")),
                Arguments.of("fields split over two objects", "{\"thinking\": \"a\"}\n{\"answer\": \"b\"}", TA, ta("a", "b")),
                Arguments.of("braces in prose before", "Use {x} carefully. {\"thinking\": \"a\", \"answer\": \"b\"}", TA,
                        ta("a", "b")),
                Arguments.of("code in a fence after the JSON",
                        "{\"thought\": \"combine\", \"name\": \"Vote\"}\n```groovy\nagent('Vote') {\n  solve { t -> 1 }\n}\n```",
                        List.of("thought", "name", "code"), Map.of("thought", "combine", "name", "Vote",
                                "code", "agent('Vote') {\n  solve { t -> 1 }\n}")),
                Arguments.of("code inside the JSON wins", "{\"name\": \"A\", \"code\": \"x\"}\n```\ny\n```",
                        List.of("name", "code"), Map.of("name", "A", "code", "x")),
                Arguments.of("a single field from plain text", "  The answer is 12.  ", List.of("answer"),
                        Map.of("answer", "The answer is 12.")),
                Arguments.of("negative and exponent", "{\"answer\": -1.5e2}", List.of("answer"), Map.of("answer", "-150")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recovered")
    void recovers(String name, String raw, List<String> fields, Map<String, String> expected) {
        assertThat(ReplyParser.parse(raw, fields)).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("empty", "", "the reply is empty"),
                Arguments.of("blank", "  \n\t ", "the reply is empty"),
                Arguments.of("truncated object", "{\"thinking\": \"step one, step tw", "cut off inside its JSON object"),
                Arguments.of("truncated after key", "Here: {\"thinking\": \"a\", \"answer\":", "cut off inside its JSON object"),
                Arguments.of("cut off while thinking", "<think>I need to compute 7 +", "ends inside a <think> block"),
                Arguments.of("missing field", "{\"thinking\": \"a\"}", "has no field \"answer\" (it has thinking)"),
                Arguments.of("objects disagree", "{\"thinking\": \"a\", \"answer\": \"12\"}\n{\"answer\": \"13\"}",
                        "disagree on \"answer\": \"12\" and \"13\""),
                Arguments.of("refusal", "I'm sorry, but I can't help with that. It may be harmful.",
                        "the model declined: \"I'm sorry, but I can't help with that.\""),
                Arguments.of("refusal as AI", "As an AI language model, I cannot do this.", "the model declined"),
                Arguments.of("HTML error page", "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>",
                        "an HTML page came back instead of a reply (\"502 Bad Gateway\")"),
                Arguments.of("prose without JSON or an answer", "It is probably four or five, hard to say.",
                        "no JSON object with the fields"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String name, String raw, String reason) {
        assertThatThrownBy(() -> ReplyParser.parse(raw, TA)).isInstanceOf(ReplyParseException.class)
                .hasMessageContaining(reason);
    }
}
