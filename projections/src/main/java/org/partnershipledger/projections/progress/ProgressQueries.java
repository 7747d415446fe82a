package org.partnershipledger.projections.progress;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.core.indicator.Polarity;
import org.partnershipledger.core.priority.PriorityStatus;
import org.partnershipledger.projections.indicator.IndicatorEntry;
import org.partnershipledger.projections.indicator.IndicatorReads;
import org.partnershipledger.projections.indicator.OutcomeEntry;
import org.partnershipledger.projections.partnership.AxisEntry;
import org.partnershipledger.projections.partnership.AxisReads;
import org.partnershipledger.projections.priority.PriorityReads;
import org.partnershipledger.projections.priority.PriorityRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Computes outcome progress from the indicators and outcomes in the read model. */
@Component
public class ProgressQueries {

    private final JdbcClient jdbc;
    private final AxisReads axes;
    private final PriorityReads priorities;
    private final IndicatorReads indicators;

    public ProgressQueries(JdbcClient jdbc, AxisReads axes, PriorityReads priorities, IndicatorReads indicators) {
        this.jdbc = jdbc;
        this.axes = axes;
        this.priorities = priorities;
        this.indicators = indicators;
    }

    @QueryHandler
    public Optional<ProgressView> handle(FindProgress query) {
        String id = query.partnershipId().value();
        return jdbc.sql("SELECT version FROM rm_partnership WHERE partnership_id = ?")
                .param(id).query(Long.class).optional()
                .map(version -> progress(id, version, query.on()));
    }

    private ProgressView progress(String id, long version, LocalDate on) {
        Map<String, List<OutcomeEntry>> outcomes = indicators.outcomes(id).stream()
                .collect(Collectors.groupingBy(OutcomeEntry::indicatorId));
        Map<String, List<IndicatorProgress>> byPriority = indicators.all(id).stream()
                .map(i -> progress(i, outcomes.getOrDefault(i.indicatorId(), List.of()), on))
                .collect(Collectors.groupingBy(IndicatorProgress::priorityId));
        List<PriorityRow> rows = priorities.all(id);
        List<ProgressView.Priority> perPriority = rows.stream()
                .map(p -> {
                    List<IndicatorProgress> own = byPriority.getOrDefault(p.priorityId(), List.of());
                    return new ProgressView.Priority(p.priorityId(), p.title(), p.status(), p.themeId(),
                            p.principleId(), RollUp.of(own), own);
                })
                .toList();
        List<ProgressView.Priority> counted = perPriority.stream()
                .filter(p -> !PriorityStatus.RETIRED.name().equals(p.status()))
                .toList();
        List<ProgressView.Cell> cells = new ArrayList<>();
        for (AxisEntry theme : axes.themes(id)) {
            for (AxisEntry principle : axes.principles(id)) {
                List<IndicatorProgress> inCell = counted.stream()
                        .filter(p -> p.themeId().equals(theme.id()) && p.principleId().equals(principle.id()))
                        .flatMap(p -> p.indicators().stream())
                        .toList();
                cells.add(new ProgressView.Cell(theme.id(), principle.id(), RollUp.of(inCell)));
            }
        }
        RollUp overall = RollUp.of(counted.stream().flatMap(p -> p.indicators().stream()).toList());
        return new ProgressView(id, version, on, overall, cells, perPriority);
    }

    /** The progress of one indicator from its outcomes (by date measured, oldest first) as of the day. */
    static IndicatorProgress progress(IndicatorEntry indicator, List<OutcomeEntry> outcomes, LocalDate on) {
        Polarity polarity = Polarity.valueOf(indicator.polarity());
        Measure baseline = new Measure(indicator.baselineValue(), indicator.baselineOn());
        Measure target = new Measure(indicator.targetValue(), indicator.targetOn());
        List<OutcomeEntry> measured = outcomes.stream().filter(o -> !o.measuredOn().isAfter(on)).toList();
        OutcomeEntry latest = measured.isEmpty() ? null : measured.get(measured.size() - 1);
        BigDecimal expectedAtLatest = latest == null ? null : RagRule.expectedAt(baseline, target, latest.measuredOn());
        Rag rag = latest == null ? Rag.NOT_MEASURED
                : RagRule.rag(polarity, expectedAtLatest, latest.value(), indicator.tolerance());
        LocalDate lastReported = latest == null ? indicator.baselineOn() : latest.measuredOn();
        return new IndicatorProgress(indicator.indicatorId(), indicator.priorityId(), indicator.name(),
                indicator.unit(), indicator.polarity(), indicator.baselineValue(), indicator.baselineOn(),
                indicator.targetValue(), indicator.targetOn(), indicator.tolerance(),
                indicator.reportingIntervalMonths(), latest == null ? null : latest.value(),
                latest == null ? null : latest.measuredOn(),
                expectedAtLatest == null ? null : RagRule.shown(expectedAtLatest),
                RagRule.shown(RagRule.expectedAt(baseline, target, on)), rag,
                RagRule.trend(polarity, measured.stream().map(OutcomeEntry::value).toList()), measured.size(),
                RagRule.stale(lastReported, indicator.reportingIntervalMonths(), on),
                RagRule.nextDue(lastReported, indicator.reportingIntervalMonths()));
    }
}
