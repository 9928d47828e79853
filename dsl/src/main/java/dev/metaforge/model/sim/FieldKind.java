package dev.metaforge.model.sim;

import java.util.Locale;
import java.util.regex.Pattern;

/** How the simulator reads an output field from its name: what kind of text it should hold. */
enum FieldKind {
    REASONING("thinking|thought|thoughts|reasoning|rationale|steps|explanation|analysis|work|scratchpad"),
    VERDICT("correct|is_correct|verdict|valid|approved|ok|accept|accepted"),
    FEEDBACK("feedback|critique|comment|comments|review|issues|advice"),
    PRINCIPLES("principles|principle|concepts|abstraction|plan|approach|strategy|method"),
    ROUTE("role|expert|choice|route|specialist|persona"),
    ANSWER("");

    private final Pattern names;

    FieldKind(String names) {
        this.names = Pattern.compile("(?:" + names + ")");
    }

    static FieldKind of(String fieldName) {
        String name = fieldName.toLowerCase(Locale.ROOT);
        for (FieldKind kind : values()) {
            if (kind != ANSWER && kind.names.matcher(name).matches()) {
                return kind;
            }
        }
        return ANSWER;
    }
}
