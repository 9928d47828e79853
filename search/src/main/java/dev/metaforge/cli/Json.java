package dev.metaforge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/** JSON output shared by the commands. */
public final class Json {
    private Json() {
    }

    /** Built on first use, not when this class is first touched: {@link #object()} must not start it. */
    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING); // statuses and states as their stored labels
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /**
     * A tree to fill: the node factory alone, so that a command that prints text never starts
     * the mapper (building it is a good part of a short command's start).
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode object() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }

    public static com.fasterxml.jackson.databind.node.ArrayNode array() {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }

    public static String write(Object value) {
        try {
            return Holder.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-line reason for an I/O failure. */
    public static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
