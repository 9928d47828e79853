package dev.metaforge.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' 14.0. '|14", "+14|14", "14|14", "'1,234'|1234", "'1,234.50'|1234.5", "1.0E20|100000000000000000000",
        "'1,5'|'1,5'", "'  Paris  is '|paris is", "$12|12", "-0.50|-0.5", "Yes.|yes"})
    void normalForm(String raw, String expected) {
        assertThat(AnswerText.normalise(raw)).isEqualTo(expected);
    }
}
