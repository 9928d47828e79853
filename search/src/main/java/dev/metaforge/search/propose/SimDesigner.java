package dev.metaforge.search.propose;

import dev.metaforge.model.Hashes;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.Usage;
import dev.metaforge.search.design.Blueprint;
import dev.metaforge.search.design.BlueprintReader;
import dev.metaforge.search.design.BlueprintRenderer;
import dev.metaforge.search.design.DesignOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sim} as a meta-agent and value agent: a seeded simulator, not a model, that reads only
 * the prompt. Asked to design, it takes the parent's building blocks and edits them — following
 * the critique's suggestion some of the time ({@value #FOLLOWS_CRITIQUE}), otherwise with a
 * random operator or a combination with an archived design — skipping designs the prompt
 * already shows. At {@code breakRate} it writes the script with a mistake (a misspelt call, a
 * missing brace, a field it never asked for); asked to fix, it repairs it
 * {@value #FIXES} of the time. Asked to assess, it reads the script as code and the failed tasks
 * shown (see {@link SimAssessment}): a noisy estimate from general knowledge of what helps, a
 * middling confidence, and a critique of what the failures show. Every reply is marked simulated.
 */
public final class SimDesigner implements LanguageModel {
    static final double FOLLOWS_CRITIQUE = 0.6;
    static final double FIXES = 0.8;
    private static final Pattern CODE = Pattern.compile("(?s)```groovy\\n(.*?)\\n```");
    private final long seed;
    private final double breakRate;

    public SimDesigner(long seed, double breakRate) {
        this.seed = seed;
        this.breakRate = breakRate;
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public ModelReply complete(Prompt prompt) {
        String text = prompt.text();
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ Hashes.fnv64(text)
                ^ prompt.seed() * 31 ^ prompt.sample() * 0xBF58476D1CE4E5B9L);
        int at = text.lastIndexOf(MetaPrompt.TASK);
        String task = at < 0 ? "" : text.substring(at + MetaPrompt.TASK.length()).split("\\s", 2)[0];
        Map<String, String> fields = switch (task) {
            case "design" -> design(text, rng);
            case "reflect" -> reflect(text, rng);
            case "fix" -> fix(text, rng);
            case "assess" -> SimAssessment.assess(code(text, MetaPrompt.REVIEWED).orElse(""),
                    section(text, MetaPrompt.REVIEWED), rng);
            default -> Map.of("thought", "I cannot tell what is asked.", "name", "none", "code", "");
        };
        Map<String, String> wanted = new LinkedHashMap<>();
        prompt.fields().keySet().forEach(f -> wanted.put(f, fields.getOrDefault(f, "")));
        String reply = wanted.toString();
        return new ModelReply(reply, wanted, new Usage((text.length() + 3) / 4, (reply.length() + 3) / 4, 0.0),
                name(), true);
    }

    private Map<String, String> design(String text, SplittableRandom rng) {
        Blueprint parent = BlueprintReader.read(code(text, MetaPrompt.PARENT).orElse(""));
        List<Blueprint> shown = archive(text);
        Optional<DesignOperator> suggested = SimAssessment.suggestion(section(text, MetaPrompt.CRITIQUE), parent);
        Blueprint child = parent;
        DesignOperator used = DesignOperator.ADD_SAMPLING;
        for (int i = 0; i < 10 && (child.equals(parent) || shown.contains(child)); i++) {
            used = suggested.isPresent() && i == 0 && rng.nextDouble() < FOLLOWS_CRITIQUE ? suggested.get()
                    : habit(rng);
            Blueprint other = shown.isEmpty() ? parent : shown.get(rng.nextInt(shown.size()));
            child = used.apply(parent, other, rng);
        }
        return proposal(child, "I will " + used.description() + ".", rng);
    }

    /**
     * An edit of its own choosing: like a model that has read about agents, it combines designs
     * and adds techniques more often than it removes them or retunes a setting.
     */
    private static DesignOperator habit(SplittableRandom rng) {
        int total = HABITS.values().stream().mapToInt(Integer::intValue).sum();
        int u = rng.nextInt(total);
        for (Map.Entry<DesignOperator, Integer> e : HABITS.entrySet()) {
            u -= e.getValue();
            if (u < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static final Map<DesignOperator, Integer> HABITS = habits();

    private static Map<DesignOperator, Integer> habits() {
        Map<DesignOperator, Integer> m = new java.util.EnumMap<>(DesignOperator.class);
        for (DesignOperator op : DesignOperator.values()) {
            m.put(op, switch (op) {
                case COMBINE -> 3;
                case ADD_SAMPLING, ADD_CRITIC, ADD_STEP_BACK, WIDEN_REVISION -> 2;
                default -> 1;
            });
        }
        return m;
    }

    private Map<String, String> reflect(String text, SplittableRandom rng) {
        String code = code(text, MetaPrompt.PROPOSAL).orElse("");
        Optional<Blueprint> mine = BlueprintReader.exact(code);
        if (mine.isPresent() && archive(text).contains(mine.get())) {
            DesignOperator op = habit(rng);
            return proposal(op.apply(mine.get(), mine.get(), rng), "The archive has this design; instead I will "
                    + op.description() + ".", rng);
        }
        return Map.of("thought", "The proposal is new and correct as it is.", "name", nameOf(text), "code", code);
    }

    private Map<String, String> fix(String text, SplittableRandom rng) {
        String code = code(text, MetaPrompt.PROPOSAL).orElse("");
        Optional<Blueprint> intended = BlueprintReader.exact(code);
        if (intended.isPresent() && rng.nextDouble() < FIXES) {
            return Map.of("thought", "Corrected the mistake the error points at.", "name", nameOf(text),
                    "code", BlueprintRenderer.render(intended.get(), nameOf(text)));
        }
        return Map.of("thought", "Corrected the mistake the error points at.", "name", nameOf(text), "code", code);
    }

    private Map<String, String> proposal(Blueprint b, String thought, SplittableRandom rng) {
        String code = BlueprintRenderer.render(b, b.title());
        if (rng.nextDouble() < breakRate) {
            code = SimAssessment.breakScript(code, rng);
        }
        return Map.of("thought", thought, "name", b.title(), "code", code);
    }

    private static List<Blueprint> archive(String text) {
        List<Blueprint> out = new ArrayList<>();
        Matcher m = CODE.matcher(section(text, MetaPrompt.ARCHIVE));
        while (m.find()) {
            out.add(BlueprintReader.read(m.group(1)));
        }
        return out;
    }

    private static String nameOf(String text) {
        int at = text.indexOf(MetaPrompt.PROPOSAL + ": ");
        if (at < 0) {
            return "revised design";
        }
        int end = text.indexOf('\n', at);
        return text.substring(at + MetaPrompt.PROPOSAL.length() + 2, end);
    }

    /** The text from a heading to the next heading of the same level, or "" if absent. */
    private static String section(String text, String heading) {
        int at = text.indexOf(heading);
        if (at < 0) {
            return "";
        }
        int end = text.indexOf("\n## ", at + heading.length());
        return text.substring(at, end < 0 ? text.length() : end);
    }

    private static Optional<String> code(String text, String heading) {
        Matcher m = CODE.matcher(section(text, heading));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
