package dev.metaforge.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.metaforge.model.CachingModel;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.ModelReply;
import dev.metaforge.model.Prompt;
import dev.metaforge.model.Usage;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The response cache on H2; {@link PostgresStoresTest} runs it on PostgreSQL. */
class ArchiveResponseCacheTest {
    @TempDir
    Path dir;
    private String location;

    /** This test's archive, the same for every call within it. */
    protected String location() {
        if (location == null) {
            location = newLocation();
        }
        return location;
    }

    protected String newLocation() {
        return dir.resolve("archive").toString();
    }

    /** A model that answers with a counter, so every real call is visible. */
    private static final class Counting implements LanguageModel {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ModelReply complete(Prompt prompt) {
            int n = calls.incrementAndGet();
            return new ModelReply("{\"answer\": \"" + n + "\"}", Map.of("answer", String.valueOf(n)),
                    new Usage(10, 5, 4, 3, 0.25), "counting", false);
        }

        @Override
        public String name() {
            return "counting";
        }
    }

    private static Prompt prompt(long sample, double temperature) {
        return Prompt.builder("same question").temperature(temperature).sample(sample).seed(3).build();
    }

    @Test
    void replaysExactlyAtZeroCostAndKeepsSamplesDistinct() {
        Counting model = new Counting();
        try (Archive archive = Archive.open(location())) {
            CachingModel cached = new CachingModel(model, new ArchiveResponseCache(archive), CachingModel.Mode.READWRITE);
            ModelReply first = cached.complete(prompt(0, 0.8));
            ModelReply second = cached.complete(prompt(1, 0.8));
            assertThat(first.fields()).isNotEqualTo(second.fields());
            ModelReply replay = cached.complete(prompt(0, 0.8));
            assertThat(replay.fields()).isEqualTo(first.fields());
            assertThat(replay.text()).isEqualTo(first.text());
            assertThat(replay.usage().cost()).isZero();
            assertThat(replay.usage()).isEqualTo(new Usage(10, 5, 4, 3, 0.0));
            assertThat(model.calls).hasValue(2);
            cached.complete(prompt(0, 0.9));
            assertThat(model.calls).as("another temperature is another request").hasValue(3);
        }
        try (Archive reopened = Archive.open(location())) {
            CachingModel readOnly = new CachingModel(model, new ArchiveResponseCache(reopened), CachingModel.Mode.READ);
            assertThat(readOnly.complete(prompt(1, 0.8)).fields()).containsEntry("answer", "2");
            readOnly.complete(prompt(7, 0.8));
            readOnly.complete(prompt(7, 0.8));
            assertThat(model.calls).as("read-only mode never records").hasValue(5);
            CachingModel writeOnly = new CachingModel(model, new ArchiveResponseCache(reopened), CachingModel.Mode.WRITE);
            assertThat(writeOnly.complete(prompt(0, 0.8)).fields()).containsEntry("answer", "6");
        }
    }
}
