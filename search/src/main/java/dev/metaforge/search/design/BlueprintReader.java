package dev.metaforge.search.design;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the building blocks of an agent script: exactly from the first line a
 * {@link BlueprintRenderer} wrote, otherwise approximately from what the source does (a
 * reasoning field, a principles stage, a role, {@code parallel(n)} and its temperature, a
 * debate, a critic loop). Used to recombine archived designs; a wrong guess costs only a
 * weaker proposal.
 */
public final class BlueprintReader {
    private static final Pattern PARALLEL_N = Pattern.compile("parallel\\((\\d+)\\)");
    private static final Pattern PARALLEL_LIST = Pattern.compile("def\\s+\\w+\\s*=\\s*\\[((?:\\s*'[^']*'\\s*,?)+)]");
    private static final Pattern TEMPERATURE = Pattern.compile("temperature:\\s*([0-9.]+)");
    private static final Pattern ROLE = Pattern.compile("role:\\s*'([^']+)'");
    private static final Pattern ROUNDS = Pattern.compile("round\\s*<=\\s*(\\d+)");

    private BlueprintReader() {
    }

    public static Blueprint read(String source) {
        return exact(source).orElseGet(() -> infer(source));
    }

    /** The blueprint written on the script's first line, if it has one that parses. */
    public static Optional<Blueprint> exact(String source) {
        int start = source.indexOf(BlueprintRenderer.MARKER);
        if (start < 0) {
            return Optional.empty();
        }
        int end = source.indexOf('\n', start);
        String line = source.substring(start + BlueprintRenderer.MARKER.length(), end < 0 ? source.length() : end);
        Map<String, String> values = new HashMap<>();
        for (String pair : line.trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        try {
            String role = values.getOrDefault("role", "-");
            return Optional.of(new Blueprint(Boolean.parseBoolean(values.get("reasoning")),
                    Boolean.parseBoolean(values.get("principles")), role.equals("-") ? "" : role.replace('_', ' '),
                    Integer.parseInt(values.get("samples")), Double.parseDouble(values.get("temperature")),
                    Integer.parseInt(values.get("debate")), Integer.parseInt(values.get("critic")),
                    Integer.parseInt(values.get("revise"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An approximate blueprint from what the code does — its fields, stages, {@code parallel(n)},
     * temperature, loops — ignoring any blueprint comment, as a reader of the script would.
     */
    public static Blueprint fromCode(String source) {
        return infer(source.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, l) -> a + l + "\n"));
    }

    /** An approximate blueprint from the features of a hand-written script; a chain of thought when unreadable. */
    static Blueprint infer(String source) {
        try {
            return guess(source);
        } catch (NumberFormatException e) {
            return Blueprint.chainOfThought();
        }
    }

    private static Blueprint guess(String source) {
        Blueprint.Builder b = Blueprint.chainOfThought().toBuilder();
        b.reasoning(source.contains("thinking:") || source.contains("reasoning:"));
        b.principles(source.toLowerCase(java.util.Locale.ROOT).contains("principles"));
        int samples = 1;
        String firstListed = null;
        Matcher n = PARALLEL_N.matcher(source);
        if (n.find()) {
            samples = Integer.parseInt(n.group(1));
        } else if (source.contains("parallel(")) {
            Matcher list = PARALLEL_LIST.matcher(source);
            if (list.find()) {
                String[] items = list.group(1).split(",");
                samples = items.length;
                firstListed = items[0].trim().replace("'", "");
            }
        }
        b.samples(samples);
        Matcher t = TEMPERATURE.matcher(source);
        if (t.find()) {
            b.temperature(Double.parseDouble(t.group(1)));
        }
        if (firstListed != null && source.contains("role: role")) {
            b.role(firstListed);
        }
        Matcher role = ROLE.matcher(source);
        while (role.find()) {
            String r = role.group(1);
            if (!r.equalsIgnoreCase("critic") && !r.toLowerCase(java.util.Locale.ROOT).contains("decision")) {
                b.role(r);
                break;
            }
        }
        boolean critic = source.contains("'critic'");
        Matcher rounds = ROUNDS.matcher(source);
        int maxRounds = rounds.find() ? Integer.parseInt(rounds.group(1)) : 1;
        if (source.toLowerCase(java.util.Locale.ROOT).contains("debate")) {
            b.debateRounds(Math.max(1, maxRounds - 1));
        }
        if (critic) {
            b.criticRounds(maxRounds);
            b.reviseSamples(source.lastIndexOf("parallel(") > source.indexOf("'critic'") ? samples : 1);
        }
        return b.build();
    }
}
