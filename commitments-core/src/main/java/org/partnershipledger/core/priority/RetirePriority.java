package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Retires a priority without it being achieved; it is closed to pledges and outcomes. */
public record RetirePriority(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        String reason,
        Decision decision) {

    public RetirePriority {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        reason = Require.text(reason, "reason");
    }
}
