package dev.metaforge.cli;

import dev.metaforge.eval.Benchmark;
import dev.metaforge.eval.Benchmarks;
import dev.metaforge.eval.GoldTask;
import dev.metaforge.eval.TaskFileException;
import dev.metaforge.search.Search;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a search reads before it starts: the benchmark's val and test splits (each in a seeded
 * order, the order racing takes tasks in), the scorer, the seed scripts and the domain text.
 */
record SearchInputs(String benchmark, Benchmark.Split val, Benchmark.Split test, String scorer, List<Search.Seed> seeds,
                    String domain, boolean partitioned) {
    static final Path DEFAULT_SEEDS = Path.of("samples/agents");

    static SearchInputs load(SearchOptions o, ModelOptions m) throws TaskFileException, IOException {
        o.validate();
        Benchmark b = Benchmarks.load(o.bench);
        Benchmark.Split val;
        Benchmark.Split test;
        boolean partitioned = false;
        if (b.splitNames().contains("val") && b.splitNames().contains("test")) {
            val = shuffled(b.split("val"), m.seed);
            test = shuffled(b.split("test"), m.seed);
        } else {
            Benchmark.Split whole = shuffled(b.split(b.splitNames().iterator().next()), m.seed);
            List<GoldTask> all = whole.tasks();
            int cut = Math.max(1, all.size() / 3);
            val = Benchmarks.part(all, 0, cut, whole.hash());
            test = Benchmarks.part(all, cut, all.size(), whole.hash());
            partitioned = true;
        }
        if (val.tasks().stream().anyMatch(t -> t.gold() == null) || test.tasks().stream().anyMatch(t -> t.gold() == null)) {
            throw new TaskFileException(o.bench + ": every task needs a gold \"answer\" to be searched on");
        }
        List<Search.Seed> seeds = seeds(o.seeds == null ? List.of(DEFAULT_SEEDS) : o.seeds);
        String domain = o.domain != null ? o.domain : describe(b, val);
        return new SearchInputs(b.name(), val, test, b.scorer(), seeds, domain, partitioned);
    }

    Search.Builder configure(Search.Builder builder, SearchOptions o, long seed) {
        builder.benchmark(benchmark, val, test).settings(o.settings(seed)).domain(domain);
        seeds.forEach(s -> builder.seed(s.source(), s.fileName()));
        return builder;
    }

    private static Benchmark.Split shuffled(Benchmark.Split split, long seed) {
        List<GoldTask> order = new ArrayList<>(split.tasks());
        Collections.shuffle(order, new Random(seed));
        return new Benchmark.Split(order, split.hash());
    }

    private static List<Search.Seed> seeds(List<Path> paths) throws IOException, TaskFileException {
        List<Search.Seed> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (DirectoryStream<Path> d = Files.newDirectoryStream(p, "*.agent.groovy")) {
                    d.forEach(files::add);
                }
                Collections.sort(files);
                for (Path f : files) {
                    out.add(new Search.Seed(Files.readString(f, StandardCharsets.UTF_8), f.toString()));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new Search.Seed(Files.readString(p, StandardCharsets.UTF_8), p.toString()));
            } else {
                throw new TaskFileException("no seed designs at " + p + "; pass --seeds with scripts or a directory "
                        + "of *.agent.groovy files");
            }
        }
        if (out.isEmpty()) {
            throw new TaskFileException("no *.agent.groovy seed designs in " + paths);
        }
        return out;
    }

    private static String describe(Benchmark b, Benchmark.Split val) {
        String kind = switch (b.scorer()) {
            case "numeric" -> "questions whose answer is a number; an answer is right when its last number equals the "
                    + "gold answer, so the answer field should hold the number only";
            case "choice" -> "multiple-choice questions; the answer is one letter";
            case "f1" -> "reading comprehension; answers are short spans scored by token F1";
            default -> "questions scored by " + b.scorer();
        };
        return "Benchmark " + b.name() + ": " + kind + ". " + val.tasks().size() + " validation tasks.";
    }
}
