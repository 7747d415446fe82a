package org.partnershipledger.core.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.math.BigDecimal;

/** Defines how a priority's progress is measured: unit, polarity, baseline, target, amber tolerance (in the indicator's unit) and how often it is reported. */
public record DefineIndicator(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        IndicatorId indicatorId,
        String name,
        String unit,
        Polarity polarity,
        Measure baseline,
        Measure target,
        BigDecimal tolerance,
        int reportingIntervalMonths,
        Decision decision) {

    public DefineIndicator {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(indicatorId, "indicator id");
        name = Require.name(name, "name");
        unit = Require.name(unit, "unit");
        Require.present(polarity, "polarity");
        Require.measured(Require.present(baseline, "baseline").value(), "baseline value");
        Require.measured(Require.present(target, "target").value(), "target value");
        tolerance = tolerance == null ? BigDecimal.ZERO : Require.measured(tolerance, "tolerance");
        if (tolerance.signum() < 0) {
            throw new RuleViolation(Rule.TOLERANCE_NEGATIVE, "the amber tolerance must not be negative, was " + tolerance);
        }
        if (reportingIntervalMonths < 1 || reportingIntervalMonths > 60) {
            throw new RuleViolation(Rule.REPORTING_INTERVAL_INVALID,
                    "the reporting interval must be 1 to 60 months, was " + reportingIntervalMonths);
        }
    }
}
