package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Removes a partner from those supporting a priority. */
public record RemoveSupportingPartner(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        PartnerId partnerId,
        String reason,
        Decision decision) {

    public RemoveSupportingPartner {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(partnerId, "partner id");
        reason = Require.optionalText(reason, "reason");
    }
}
