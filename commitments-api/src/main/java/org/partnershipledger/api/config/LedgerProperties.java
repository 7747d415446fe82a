package org.partnershipledger.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Settings of the ledger service ({@code ledger.*}).
 *
 * @param dataDirectory    where the embedded default keeps its database (events, tokens, read models)
 * @param readWaitLimit    how long a read with {@code minVersion} waits for the read models to catch up
 * @param snapshotEvery    the fewest events of a partnership between two snapshots of it (more once a fiftieth
 *                         of its history is more)
 * @param cachedPartnerships how many partnerships are kept loaded between commands (the least recently used
 *                         leave first, and any after an hour unused)
 * @param demo             demo data loaded at start
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue("5s") Duration readWaitLimit,
        @DefaultValue("100") int snapshotEvery,
        @DefaultValue("Europe/London") ZoneId timeZone,
        @DefaultValue("1000") int cachedPartnerships,
        @DefaultValue Demo demo) {

    /** @param sutton load the Sutton Partnership agreement (and illustrative money and outcomes) at start */
    public record Demo(@DefaultValue("false") boolean sutton) {
    }
}
