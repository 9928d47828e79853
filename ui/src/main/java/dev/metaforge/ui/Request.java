package dev.metaforge.ui;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A request's path and query parameters, decoded. */
record Request(String path, Map<String, String> params) {

    static Request of(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                params.putIfAbsent(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        return new Request(path, Map.copyOf(params));
    }

    Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isBlank());
    }

    /** A whole-number parameter, or {@code otherwise} when it is absent or not a number. */
    long number(String name, long otherwise) {
        try {
            return param(name).map(Long::parseLong).orElse(otherwise);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
