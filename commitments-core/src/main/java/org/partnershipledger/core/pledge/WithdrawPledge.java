package org.partnershipledger.core.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Withdraws a pledge; spend already recorded stays on the record. */
public record WithdrawPledge(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        String reason,
        Decision decision) {

    public WithdrawPledge {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(pledgeId, "pledge id");
        reason = Require.text(reason, "reason");
    }
}
