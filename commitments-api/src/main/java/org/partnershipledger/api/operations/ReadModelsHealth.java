package org.partnershipledger.api.operations;

import org.partnershipledger.api.web.StoreUnavailable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Ready means the read models are caught up, not just that the process is up: the indicator is OUT_OF_SERVICE while
 * the processor is stopped or more than {@code ledger.readiness.max-lag} events behind the store. On a node that
 * holds no segment (another node applies the events to the shared database) it reports UP. Parked dead letters
 * are reported but do not make the node unready: every other partnership is still served. When the processor's
 * state cannot be read it is DOWN, rather than failing the health request, saying whether the database or the
 * event store could not be reached (as the API's {@code store.unavailable} answer judges it) or what failed.
 */
@Component("readModelsHealthIndicator")
class ReadModelsHealth implements HealthIndicator {

    private final ReadModelProcessor processor;
    private final Rebuilds rebuilds;
    private final StoreUnavailable storeUnavailable;
    private final long maxLag;

    ReadModelsHealth(ReadModelProcessor processor, Rebuilds rebuilds, StoreUnavailable storeUnavailable,
                     @Value("${ledger.readiness.max-lag:100}") long maxLag) {
        this.processor = processor;
        this.rebuilds = rebuilds;
        this.storeUnavailable = storeUnavailable;
        this.maxLag = maxLag;
    }

    @Override
    public Health health() {
        if (rebuilds.running()) {
            // reads are answered from the read models' previous content until the rebuilt one replaces it
            return Health.up().withDetail("rebuilding", rebuilds.progress().readModels()).build();
        }
        if (!processor.isRunning()) {
            return Health.status(Status.OUT_OF_SERVICE).withDetail("reason", "read-model processor not running")
                    .build();
        }
        long deadLetters;
        long lag;
        try {
            deadLetters = processor.partnershipsWithDeadLetters();
            if (!processor.holdsSegments()) {
                return Health.up().withDetail("segments", "held by other nodes")
                        .withDetail("partnershipsWithDeadLetters", deadLetters).build();
            }
            lag = processor.lag();
        } catch (RuntimeException failure) {
            // not ready either way; the answer says whether the database or Axon Server is away, or what else failed
            if (storeUnavailable.causedIt(failure)) {
                return Health.down().withDetail("reason", "the store could not be reached").build();
            }
            return Health.down(failure).withDetail("reason", "the read-model processor's state could not be read")
                    .build();
        }
        Health.Builder health = lag <= maxLag ? Health.up() : Health.status(Status.OUT_OF_SERVICE);
        return health.withDetail("lag", lag).withDetail("maxLag", maxLag)
                .withDetail("partnershipsWithDeadLetters", deadLetters).build();
    }
}
