package org.partnershipledger.projections;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Instants stored at UTC are the ones Java's own conversion gives, across and beyond the years the ledger sees. */
class LedgerTest {

    @Test
    void instantsAtUtcAreThoseJavaGives() {
        Random random = new Random(11);
        Instant[] edges = {Instant.EPOCH, Instant.EPOCH.minusNanos(1), Instant.parse("2011-03-31T23:59:59.999999999Z"),
                Instant.parse("-0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z")};
        for (Instant instant : edges) {
            assertThat(Ledger.utc(instant)).isEqualTo(instant.atOffset(ZoneOffset.UTC));
        }
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 300_000_000_000L, random.nextInt(1_000_000_000));
            assertThat(Ledger.utc(instant)).as(instant.toString()).isEqualTo(instant.atOffset(ZoneOffset.UTC));
        }
    }
}
