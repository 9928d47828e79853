package dev.metaforge.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates arithmetic word problems in the controlled language {@code sim} reads, one to six
 * steps each, with gold answers computed here. Seeded, so the shipped file can be regenerated
 * exactly: {@code java -cp … dev.metaforge.samples.ArithmeticTasks samples/bench/arith.jsonl}.
 */
public final class ArithmeticTasks {
    public static final long SEED = 2026;
    public static final int COUNT = 300;

    private static final String[] NAMES = {"Mia", "Leo", "Ana", "Omar", "Zoe", "Ben", "Ivy", "Sam", "Lily", "Noah",
        "Ella", "Max", "Kim", "Raj", "Eva", "Tom", "Nia", "Hugo", "Sara", "Finn"};
    private static final boolean[] FEMALE = {true, false, true, false, true, false, true, false, true, false,
        true, false, true, false, true, false, true, false, true, false};
    private static final String[] ITEMS = {"apples", "marbles", "stickers", "cookies", "shells", "cards", "beads",
        "coins", "pens", "buttons", "toys", "stamps", "pebbles", "books", "candies"};
    private static final String[] ADD = {"buys", "finds", "gets", "picks", "collects", "earns", "wins"};
    private static final String[] SUB = {"gives away", "loses", "sells", "uses", "donates", "drops"};
    private static final String[] BOXES = {"bags", "boxes", "jars", "piles"};

    private ArithmeticTasks() {
    }

    /** One generated task: its id, question, gold answer and number of steps. */
    public record Generated(String id, String question, long answer, int steps) {
        String json() {
            return "{\"id\": \"" + id + "\", \"question\": \"" + question + "\", \"answer\": \"" + answer
                    + "\", \"steps\": " + steps + "}";
        }
    }

    public static List<Generated> generate(long seed, int count) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Generated> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(one(String.format("a%03d", i + 1), 1 + i % 6, rng));
        }
        return tasks;
    }

    private static Generated one(String id, int steps, SplittableRandom rng) {
        int who = rng.nextInt(NAMES.length);
        String name = NAMES[who];
        String pronoun = FEMALE[who] ? "She" : "He";
        String object = FEMALE[who] ? "her" : "him";
        String items = ITEMS[rng.nextInt(ITEMS.length)];
        long total = 6 + rng.nextInt(60);
        StringBuilder q = new StringBuilder(name + " has " + total + " " + items + ".");
        for (int s = 0; s < steps; s++) {
            String lead = s == steps - 1 && steps > 1 ? " Then " + pronoun.toLowerCase() : " " + pronoun;
            int kind = rng.nextInt(6);
            if (kind == 0 || total > 2_000) {
                long n = 2 + rng.nextInt(Math.max(2, (int) Math.min(total - 1, 40)));
                if (n < total) {
                    q.append(lead).append(' ').append(SUB[rng.nextInt(SUB.length)]).append(' ').append(n).append('.');
                    total -= n;
                    continue;
                }
            }
            if (kind == 1 && total <= 500) {
                boolean triple = rng.nextBoolean();
                q.append(lead).append(triple ? " triples them." : " doubles them.");
                total *= triple ? 3 : 2;
            } else if (kind == 2 && total <= 300) {
                long n = 2 + rng.nextInt(3);
                q.append(lead).append(" ends up with ").append(n).append(" times as many.");
                total *= n;
            } else if (kind == 3 && divisor(total, rng) > 0) {
                long n = divisor(total, rng);
                String box = BOXES[rng.nextInt(BOXES.length)];
                q.append(lead).append(" splits them equally into ").append(n).append(' ').append(box)
                        .append(" and keeps one ").append(box, 0, box.length() - (box.endsWith("xes") ? 2 : 1)).append('.');
                total /= n;
            } else if (kind == 4) {
                long friends = 2 + rng.nextInt(4);
                long each = 2 + rng.nextInt(6);
                q.append(" Each of ").append(friends).append(" friends gives ").append(object).append(' ')
                        .append(each).append(" more.");
                total += friends * each;
            } else {
                long n = 2 + rng.nextInt(30);
                q.append(lead).append(' ').append(ADD[rng.nextInt(ADD.length)]).append(' ').append(n).append(" more.");
                total += n;
            }
        }
        q.append(" How many ").append(items).append(" does ").append(name).append(" have now?");
        return new Generated(id, q.toString(), total, steps);
    }

    private static long divisor(long total, SplittableRandom rng) {
        List<Long> divisors = new ArrayList<>();
        for (long d = 2; d <= 6; d++) {
            if (total % d == 0 && total / d >= 2) {
                divisors.add(d);
            }
        }
        return divisors.isEmpty() ? 0 : divisors.get(rng.nextInt(divisors.size()));
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/bench/arith.jsonl");
        List<String> lines = generate(SEED, COUNT).stream().map(Generated::json).toList();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + lines.size() + " tasks to " + out);
    }
}
