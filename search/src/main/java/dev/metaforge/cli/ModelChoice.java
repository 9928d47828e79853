package dev.metaforge.cli;

import dev.metaforge.archive.Archive;
import dev.metaforge.archive.ArchiveLocation;
import dev.metaforge.archive.ArchiveResponseCache;
import dev.metaforge.model.CachingModel;
import dev.metaforge.model.LanguageModel;
import dev.metaforge.model.Models;
import java.time.Duration;

/**
 * The model a command calls: the provider named by {@code --model}, behind the client-side rate
 * limits if any are set, behind the archive's response cache unless {@code --cache off} (a
 * replayed reply does not count against the limits). The cache is on by default for real models and off
 * for {@code sim}, which costs nothing and repeats itself anyway.
 */
final class ModelChoice implements AutoCloseable {
    final LanguageModel model;
    private final Archive archive;

    private ModelChoice(LanguageModel model, Archive archive) {
        this.model = model;
        this.archive = archive;
    }

    /** A model that needs no archive, such as the simulated designer. */
    static ModelChoice of(LanguageModel model) {
        return new ModelChoice(model, null);
    }

    static ModelChoice open(String spec, long seed, Duration simLatency, String cache, String archiveOption,
                            RateLimitOptions limits) {
        LanguageModel base = limits.apply(Models.resolve(spec, seed, simLatency, Environment.variables()));
        CachingModel.Mode mode = cache != null ? cacheMode(cache)
                : base.simulated() ? CachingModel.Mode.OFF : CachingModel.Mode.READWRITE;
        if (mode == CachingModel.Mode.OFF) {
            return new ModelChoice(base, null);
        }
        Archive archive = Archive.open(ArchiveLocation.resolve(archiveOption, Environment.variables()));
        return new ModelChoice(new CachingModel(base, new ArchiveResponseCache(archive), mode), archive);
    }

    private static CachingModel.Mode cacheMode(String given) {
        try {
            return CachingModel.Mode.of(given);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--cache takes off, read, write or readwrite, not " + given);
        }
    }

    @Override
    public void close() {
        if (archive != null) {
            archive.close();
        }
    }
}
