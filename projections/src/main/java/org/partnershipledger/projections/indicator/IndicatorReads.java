package org.partnershipledger.projections.indicator;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.projections.Ledger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads indicators and outcomes from the read model, and answers for an indicator's outcomes. */
@Component
public class IndicatorReads {

    /** How many of an indicator's measurements a priority shows, newest first. */
    public static final int LATEST_OUTCOMES = 5;

    private final JdbcClient jdbc;

    public IndicatorReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorEntry> forPriority(String partnershipId, String priorityId) {
        Map<String, List<OutcomeEntry>> latest = new HashMap<>();
        jdbc.sql("SELECT * FROM rm_outcome WHERE partnership_id = ? AND priority_id = ?"
                        + " ORDER BY measured_on DESC, position DESC")
                .params(partnershipId, priorityId)
                .query((rs, row) -> outcome(rs))
                .list()
                .forEach(o -> {
                    List<OutcomeEntry> list = latest.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>());
                    if (list.size() < LATEST_OUTCOMES) {
                        list.add(o);
                    }
                });
        return jdbc.sql("SELECT * FROM rm_indicator WHERE partnership_id = ? AND priority_id = ? ORDER BY position")
                .params(partnershipId, priorityId)
                .query((rs, row) -> indicator(rs, latest.getOrDefault(rs.getString("indicator_id"), List.of())))
                .list();
    }

    /** Every indicator of a partnership, in the order defined, without outcomes. */
    public List<IndicatorEntry> all(String partnershipId) {
        return jdbc.sql("SELECT * FROM rm_indicator WHERE partnership_id = ? ORDER BY position")
                .param(partnershipId)
                .query((rs, row) -> indicator(rs, List.of()))
                .list();
    }

    /** Every outcome of a partnership, by date measured, then in the order recorded. */
    public List<OutcomeEntry> outcomes(String partnershipId) {
        return jdbc.sql("SELECT * FROM rm_outcome WHERE partnership_id = ? ORDER BY measured_on, position")
                .param(partnershipId)
                .query((rs, row) -> outcome(rs))
                .list();
    }

    @QueryHandler
    public List<OutcomeEntry> handle(FindOutcomes query) {
        return jdbc.sql("SELECT * FROM rm_outcome WHERE partnership_id = ? AND indicator_id = ?"
                        + " ORDER BY measured_on, position")
                .params(query.partnershipId().value(), query.indicatorId().value())
                .query((rs, row) -> outcome(rs))
                .list();
    }

    public List<OutcomeEntry> reportedBy(String partnershipId, String partnerId) {
        return jdbc.sql("SELECT * FROM rm_outcome WHERE partnership_id = ? AND reported_by = ?"
                        + " ORDER BY measured_on, position")
                .params(partnershipId, partnerId)
                .query((rs, row) -> outcome(rs))
                .list();
    }

    private static IndicatorEntry indicator(ResultSet rs, List<OutcomeEntry> latest) throws SQLException {
        return new IndicatorEntry(rs.getString("indicator_id"), rs.getString("priority_id"), rs.getString("name"),
                rs.getString("unit"), rs.getString("polarity"), new BigDecimal(rs.getString("baseline_value")),
                rs.getObject("baseline_on", LocalDate.class), new BigDecimal(rs.getString("target_value")),
                rs.getObject("target_on", LocalDate.class), new BigDecimal(rs.getString("tolerance")),
                rs.getInt("reporting_interval_months"), List.copyOf(latest));
    }

    private static OutcomeEntry outcome(ResultSet rs) throws SQLException {
        return new OutcomeEntry(rs.getString("outcome_id"), rs.getString("indicator_id"), rs.getString("priority_id"),
                rs.getString("reported_by"), new BigDecimal(rs.getString("measured_value")),
                rs.getObject("measured_on", LocalDate.class), rs.getString("evidence"), rs.getString("note"),
                Ledger.instant(rs, "recorded_at"));
    }
}
