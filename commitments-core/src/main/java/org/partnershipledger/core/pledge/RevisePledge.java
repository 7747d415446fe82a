package org.partnershipledger.core.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.Require;

/** Revises the amount of a pledge, and its status if given. */
public record RevisePledge(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        Money amount,
        PledgeStatus status,
        String reason,
        Decision decision) {

    public RevisePledge {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(pledgeId, "pledge id");
        Require.present(amount, "amount");
        reason = Require.text(reason, "reason");
    }
}
