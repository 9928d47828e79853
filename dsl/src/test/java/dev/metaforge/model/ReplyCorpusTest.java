package dev.metaforge.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import groovy.json.JsonSlurper;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replies in the shapes models send when they carry code or reasoning: JSON fenced and then a
 * fenced Groovy block, prose around it, CRLF line ends, a fence inside a string of the code,
 * invalid JSON escapes in a regex, a reasoning block without its opening tag, tags and headings
 * instead of JSON. Each {@code NN-name.txt} has beside it {@code NN-name.expected.json}: the
 * fields asked for and either the value of each, as a careful reader would take it, or the
 * start of the refusal ({@code "error"}) where the reply does not settle the value.
 */
class ReplyCorpusTest {

    static Path corpus() throws URISyntaxException {
        return Path.of(ReplyCorpusTest.class.getResource("/replies").toURI());
    }

    static Stream<String> replies() throws Exception {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void replyIsReadAsACarefulReaderWould(String name) throws Exception {
        String reply = Files.readString(corpus().resolve(name), StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) new JsonSlurper().parseText(
                Files.readString(corpus().resolve(name.replace(".txt", ".expected.json")), StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        List<String> fields = new ArrayList<>((List<String>) expected.get("fields"));
        if (expected.containsKey("error")) {
            assertThatThrownBy(() -> ReplyParser.parse(reply, fields)).isInstanceOf(ReplyParseException.class)
                    .hasMessageStartingWith((String) expected.get("error"));
            return;
        }
        Map<String, String> got = ReplyParser.parse(reply, fields);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) expected.get("expect");
        for (String field : fields) {
            assertThat(got.get(field).strip()).as("%s: field %s (%s)", name, field, expected.get("shape"))
                    .isEqualTo(String.valueOf(values.get(field)).strip());
        }
    }
}
