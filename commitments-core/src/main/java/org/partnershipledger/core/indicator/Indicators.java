package org.partnershipledger.core.indicator;

import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The indicators of one priority and the outcomes recorded for them. Whether the priority is open and the
 * reporting partner a member is checked by the caller; the rules of measurement live here.
 */
public final class Indicators {

    private final Map<IndicatorId, Indicator> byId = new HashMap<>();

    public IndicatorDefined define(DefineIndicator command, Horizon horizon) {
        requireSensibleTarget(command.baseline(), command.target(), horizon);
        return new IndicatorDefined(command.partnershipId(), command.priorityId(), command.indicatorId(),
                command.name(), command.unit(), command.polarity(), command.baseline(), command.target(),
                command.tolerance(), command.reportingIntervalMonths(), command.decision());
    }

    public IndicatorTargetRevised reviseTarget(ReviseIndicatorTarget command, Horizon horizon) {
        Indicator indicator = existing(command.indicatorId());
        requireSensibleTarget(indicator.baseline, command.target(), horizon);
        return new IndicatorTargetRevised(command.partnershipId(), command.priorityId(), command.indicatorId(),
                indicator.target, command.target(), command.reason(), command.decision());
    }

    public OutcomeRecorded record(RecordOutcome command, Horizon horizon) {
        Indicator indicator = existing(command.indicatorId());
        if (indicator.outcomeIds.contains(command.outcomeId())) {
            throw new RuleViolation(Rule.OUTCOME_ALREADY_RECORDED, "outcome '" + command.outcomeId()
                    + "' was already recorded for indicator '" + command.indicatorId() + "'");
        }
        if (command.measuredOn().isBefore(indicator.baseline.on())) {
            throw new RuleViolation(Rule.OUTCOME_BEFORE_BASELINE, "a measurement on " + command.measuredOn()
                    + " predates the indicator's baseline of " + indicator.baseline.on());
        }
        if (command.measuredOn().isAfter(horizon.to())) {
            throw new RuleViolation(Rule.DATE_OUTSIDE_HORIZON, "a measurement on " + command.measuredOn()
                    + " falls after the priority's horizon ends on " + horizon.to());
        }
        return new OutcomeRecorded(command.partnershipId(), command.priorityId(), command.indicatorId(),
                command.outcomeId(), command.reportedBy(), command.value(), command.measuredOn(), command.evidence(),
                command.note(), command.decision());
    }

    public boolean contains(IndicatorId indicatorId) {
        return byId.containsKey(indicatorId);
    }

    public void on(IndicatorDefined event) {
        byId.put(event.indicatorId(), new Indicator(event.baseline(), event.target()));
    }

    public void on(IndicatorTargetRevised event) {
        byId.get(event.indicatorId()).target = event.target();
    }

    public void on(OutcomeRecorded event) {
        byId.get(event.indicatorId()).outcomeIds.add(event.outcomeId());
    }

    private Indicator existing(IndicatorId indicatorId) {
        Indicator indicator = byId.get(indicatorId);
        if (indicator == null) {
            throw new RuleViolation(Rule.INDICATOR_NOT_FOUND, "no indicator '" + indicatorId + "' on this priority");
        }
        return indicator;
    }

    private static void requireSensibleTarget(Measure baseline, Measure target, Horizon horizon) {
        if (!target.on().isAfter(baseline.on())) {
            throw new RuleViolation(Rule.TARGET_NOT_AFTER_BASELINE, "the target date " + target.on()
                    + " must come after the baseline date " + baseline.on());
        }
        if (target.on().isAfter(horizon.to())) {
            throw new RuleViolation(Rule.DATE_OUTSIDE_HORIZON, "the target date " + target.on()
                    + " falls after the priority's horizon ends on " + horizon.to());
        }
    }


    // Value equality, so that replaying the events can be checked to rebuild exactly this state.
    @Override
    public boolean equals(Object o) {
        return o instanceof Indicators other
                && Objects.equals(byId, other.byId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byId);
    }
    /** What the rules need to remember of one indicator. */
    private static final class Indicator {
        private final Set<OutcomeId> outcomeIds = new HashSet<>();
        private Measure baseline;
        private Measure target;

        private Indicator() {
            // for snapshots
        }

        private Indicator(Measure baseline, Measure target) {
            this.baseline = baseline;
            this.target = target;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Indicator other && baseline.equals(other.baseline)
                    && outcomeIds.equals(other.outcomeIds) && target.equals(other.target);
        }

        @Override
        public int hashCode() {
            return Objects.hash(baseline, target);
        }
    }
}
