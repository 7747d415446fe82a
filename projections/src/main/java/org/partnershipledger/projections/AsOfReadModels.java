package org.partnershipledger.projections;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.projections.indicator.IndicatorReads;
import org.partnershipledger.projections.matrix.MatrixQueries;
import org.partnershipledger.projections.partner.PartnerQueries;
import org.partnershipledger.projections.partner.PartnerReads;
import org.partnershipledger.projections.partnership.AxisReads;
import org.partnershipledger.projections.partnership.PartnershipQueries;
import org.partnershipledger.projections.pledge.PledgeReads;
import org.partnershipledger.projections.priority.PriorityQueries;
import org.partnershipledger.projections.priority.PriorityReads;
import org.partnershipledger.projections.progress.ProgressQueries;
import org.partnershipledger.projections.rows.MemoryRows;
import org.partnershipledger.projections.rows.ReadModelTable.ReadModel;
import org.partnershipledger.projections.totalplace.TotalPlaceQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The read models of a partnership exactly as they stood at a past instant: its events recorded up to that instant
 * are applied, by the same projectors, to rows in memory, which are then written in batches to a scratch in-memory
 * database with the read models' own schema, and the same queries answer from it. Everything recorded later —
 * corrections included — is absent.
 *
 * <p>History that has settled cannot change: an instant more than {@value #SETTLED_SECONDS} s ago, or one before the
 * partnership's last recorded event (its events are appended one after another under its lock, so every event
 * recorded by then is stored). The scratch database built for a partnership and a settled instant is kept for the
 * next questions about the same instant — an auditor's reads of one date (matrix, progress, Total Place, a
 * priority…) fold the history once. At most {@code ledger.as-of.cached-rows} rows are kept (Caffeine chooses what
 * to let go when full), each for at most ten minutes after its last use.
 */
@Component
public class AsOfReadModels {

    static final long SETTLED_SECONDS = 60;
    /** Every read model but the audit trail, which answers as of an instant by the recording time of its entries. */
    private static final Set<ReadModel> AS_OF = EnumSet.complementOf(EnumSet.of(ReadModel.AUDIT_TRAIL));

    private final EventStore events;
    private final Queries live;
    private final Cache<Key, AsOfScratch> settled;
    private final AtomicLong builds = new AtomicLong();

    private record Key(String partnershipId, Instant asOf) {
    }

    AsOfReadModels(EventStore events, JdbcClient liveReadModels,
                   @Value("${ledger.as-of.cached-rows:200000}") long cachedRows) {
        this.events = events;
        this.live = queries(liveReadModels);
        this.settled = Caffeine.newBuilder()
                .maximumWeight(cachedRows)
                .weigher((Key key, AsOfScratch scratch) -> (int) Math.min(Integer.MAX_VALUE, scratch.rows() + 1))
                .expireAfterAccess(Duration.ofMinutes(10))
                .removalListener((Key key, AsOfScratch scratch, RemovalCause cause) -> {
                    if (scratch != null) {
                        scratch.close();
                    }
                })
                .build();
    }

    /** The queries of every read model, over one database. */
    public record Queries(PartnershipQueries partnerships, MatrixQueries matrix, PriorityQueries priorities,
                          PartnerQueries partners, IndicatorReads indicators,
                          PartnerReads partnerReads, PledgeReads pledges, ProgressQueries progress,
                          TotalPlaceQueries totalPlace) {
    }

    /** The same queries over the live read models. */
    public Queries live() {
        return live;
    }

    /**
     * Answers a question from the partnership's read models as of the instant, or nothing when the partnership did
     * not exist yet.
     */
    public <T> Optional<T> answer(String partnershipId, Instant asOf, Function<Queries, Optional<T>> question) {
        if (!settled(partnershipId, asOf)) {
            try (AsOfScratch scratch = build(partnershipId, asOf)) {
                return scratch.ask(question).orElseThrow();
            }
        }
        while (true) {
            Optional<Optional<T>> answer = settled.get(new Key(partnershipId, asOf), key -> build(partnershipId, asOf))
                    .ask(question);
            if (answer.isPresent()) {
                return answer.get();
            }
            // evicted and closed between being found and being asked: build it again
        }
    }

    /** How many times the read models as of an instant have been built from the events. */
    public long builds() {
        return builds.get();
    }

    private boolean settled(String partnershipId, Instant asOf) {
        if (asOf.isBefore(Instant.now().minusSeconds(SETTLED_SECONDS))) {
            return true;
        }
        return events.lastSequenceNumberFor(partnershipId)
                .flatMap(last -> events.readEvents(partnershipId, last).asStream().findFirst())
                .map(latest -> latest.getTimestamp().isAfter(asOf))
                .orElse(false);
    }

    private AsOfScratch build(String partnershipId, Instant asOf) {
        builds.incrementAndGet();
        MemoryRows rows = MemoryRows.inMemory();
        if (apply(partnershipId, asOf, ReadModels.projectors(rows, AS_OF)) == 0) {
            return AsOfScratch.nothing();
        }
        return AsOfScratch.of(rows, AsOfReadModels::queries);
    }

    /** Whether the partnership existed at the instant: its first event was recorded by then. */
    public boolean existedAt(String partnershipId, Instant asOf) {
        var stream = events.readEvents(partnershipId, 0);
        return stream.hasNext() && !stream.peek().getTimestamp().isAfter(asOf);
    }

    private long apply(String partnershipId, Instant asOf, List<AnnotationEventHandlerAdapter> projectors) {
        long applied = 0;
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(partnershipId, 0).asStream().iterator();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            try {
                ReadModels.apply(projectors, event);
            } catch (Exception e) {
                throw new IllegalStateException("cannot apply event " + event.getIdentifier() + " as of " + asOf, e);
            }
            applied++;
        }
        return applied;
    }

    private static Queries queries(JdbcClient jdbc) {
        AxisReads axes = new AxisReads(jdbc);
        PartnerReads partners = new PartnerReads(jdbc);
        PriorityReads priorities = new PriorityReads(jdbc);
        PledgeReads pledges = new PledgeReads(jdbc);
        IndicatorReads indicators = new IndicatorReads(jdbc);
        return new Queries(new PartnershipQueries(jdbc, partners, axes),
                new MatrixQueries(jdbc, axes, priorities, pledges),
                new PriorityQueries(priorities, pledges, indicators),
                new PartnerQueries(partners, priorities, pledges, indicators),
                indicators, partners, pledges,
                new ProgressQueries(jdbc, axes, priorities, indicators),
                new TotalPlaceQueries(jdbc, axes, partners, priorities, pledges));
    }
}
