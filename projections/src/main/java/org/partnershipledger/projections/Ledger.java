package org.partnershipledger.projections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What all read models share: the processing group that feeds them and how instants are stored. */
public final class Ledger {

    /**
     * Every read model is written by this one processing group, so that one token and one transaction per batch
     * keep all of them at the same version of each partnership.
     */
    public static final String PROCESSING_GROUP = "ledger";

    private Ledger() {
    }

    /**
     * The instant at UTC, as the read models store it and as it is bound to their statements. Made from its seconds
     * and nanoseconds: {@code instant.atOffset(ZoneOffset.UTC)} asks the offset for its rules, and Java 17 makes a
     * new rules object, with a map inside, every time.
     */
    public static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** Reads a timestamp-with-time-zone column as an instant, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
