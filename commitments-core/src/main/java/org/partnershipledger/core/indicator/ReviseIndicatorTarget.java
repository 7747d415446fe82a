package org.partnershipledger.core.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Revises the target of an indicator. */
public record ReviseIndicatorTarget(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        IndicatorId indicatorId,
        Measure target,
        String reason,
        Decision decision) {

    public ReviseIndicatorTarget {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(indicatorId, "indicator id");
        Require.measured(Require.present(target, "target").value(), "target value");
        reason = Require.text(reason, "reason");
    }
}
