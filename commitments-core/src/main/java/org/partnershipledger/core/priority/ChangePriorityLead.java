package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Hands the lead of a priority to another partner. */
public record ChangePriorityLead(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        PartnerId leadPartnerId,
        Decision decision) {

    public ChangePriorityLead {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(leadPartnerId, "lead partner id");
    }
}
