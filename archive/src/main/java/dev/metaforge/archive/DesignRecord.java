package dev.metaforge.archive;

import java.time.Instant;

/** A stored design. {@code failure} is set for proposals that did not compile or run. */
public record DesignRecord(long id, String name, String description, String source, String sourceHash, Origin origin,
                           String failure, Instant created) {

    public boolean failed() {
        return failure != null;
    }

    /** The design's source is what it is: printing a design prints its script. */
    @Override
    public String toString() {
        return source;
    }
}
