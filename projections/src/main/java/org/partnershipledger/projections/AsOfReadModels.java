package org.partnershipledger.projections;

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
import org.partnershipledger.projections.rows.TableColumns;
import org.partnershipledger.projections.totalplace.TotalPlaceQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The read models of a partnership exactly as they stood at a past instant: as of the last event recorded by then,
 * every row as it was after that event — the versions kept in the history tables, and the rows of append-only
 * tables recorded by then. Everything recorded later, corrections included, is absent. The same queries answer as
 * for the live read models, over those rows; a read costs about what the live one does, however long the history.
 *
 * <p>Answers only for the events the read models have applied: callers first make sure every event of the
 * partnership recorded by the instant has been, and ask inside one snapshot of the database.
 */
@Component
public class AsOfReadModels {

    private final JdbcClient jdbc;
    private final Queries live;
    private final boolean classesAsUnion;

    AsOfReadModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.live = queries(jdbc);
        this.classesAsUnion = Databases.isH2(jdbc);
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
     * Answers a question from the partnership's read models as they stood at one of its versions — the one
     * {@link #versionAt} found for the instant (spend and outcomes are those recorded by the instant).
     */
    public <T> Optional<T> answer(String partnershipId, Version then, Instant asOf,
                                  Function<Queries, Optional<T>> question) {
        AsOfTables tables = new AsOfTables(partnershipId, then.version(), then.latest(), then.recordedAt(), asOf,
                classesAsUnion, table -> TableColumns.of(jdbc, table));
        return question.apply(queries(sql -> jdbc.sql(tables.rewrite(sql))));
    }

    /**
     * A version of a partnership, when its event was recorded, and the partnership's latest version the read models
     * had applied when it was found.
     */
    public record Version(long version, Instant recordedAt, long latest) {
    }

    /**
     * The partnership's version at the instant: the last of its events the read models have applied that was
     * recorded by then, found by halving the range of versions (events are recorded in order) in the audit trail,
     * which holds one entry per event. Nothing when the partnership did not exist yet.
     */
    public Optional<Version> versionAt(String partnershipId, Instant asOf) {
        Optional<Long> applied = jdbc.sql("SELECT version FROM rm_partnership WHERE partnership_id = ?")
                .param(partnershipId).query(Long.class).optional();
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        Instant first = recordedAt(partnershipId, 0);
        if (first.isAfter(asOf)) {
            return Optional.empty();
        }
        long low = 0;
        Instant lowAt = first;
        long high = applied.get();
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            Instant at = recordedAt(partnershipId, middle);
            if (at.isAfter(asOf)) {
                high = middle - 1;
            } else {
                low = middle;
                lowAt = at;
            }
        }
        return Optional.of(new Version(low, lowAt, applied.get()));
    }

    private Instant recordedAt(String partnershipId, long version) {
        return jdbc.sql("SELECT recorded_at FROM rm_audit_entry WHERE partnership_id = ? AND sequence_number = ?")
                .params(partnershipId, version)
                .query((rs, row) -> Ledger.instant(rs, "recorded_at"))
                .optional()
                .orElseThrow(() -> new IllegalStateException("the audit trail of partnership '" + partnershipId
                        + "' has no entry for version " + version + "; rebuild the read models"));
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
