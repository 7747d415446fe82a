package org.partnershipledger.projections;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The read models of a partnership exactly as they stood at a past instant: its events recorded up to that instant
 * are applied, by the same projectors, to rows in memory, which are then written in batches to a scratch in-memory
 * database with the read models' own schema, and the same queries answer from it. Everything recorded later —
 * corrections included — is absent.
 */
@Component
public class AsOfReadModels {

    private static final String SCHEMA = "db/migration/common/V2__read_models.sql";
    /** Every read model but the audit trail, which answers as of an instant by the recording time of its entries. */
    private static final Set<ReadModel> AS_OF = EnumSet.complementOf(EnumSet.of(ReadModel.AUDIT_TRAIL));

    private final EventStore events;
    private final Queries live;

    AsOfReadModels(EventStore events, JdbcClient liveReadModels) {
        this.events = events;
        this.live = queries(liveReadModels);
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
        MemoryRows rows = MemoryRows.inMemory();
        if (apply(partnershipId, asOf, ReadModels.projectors(rows, AS_OF)) == 0) {
            return Optional.empty();
        }
        SingleConnectionDataSource scratch = new SingleConnectionDataSource(
                "jdbc:h2:mem:as-of-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0", "sa", "", true);
        try (Connection connection = scratch.getConnection()) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCHEMA));
            rows.writeTo(new JdbcTemplate(scratch));
            return question.apply(queries(JdbcClient.create(scratch)));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the read models as of " + asOf, e);
        } finally {
            scratch.destroy();
        }
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
