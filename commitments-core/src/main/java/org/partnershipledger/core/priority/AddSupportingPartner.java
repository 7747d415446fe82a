package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Adds a partner to those supporting a priority. */
public record AddSupportingPartner(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        PartnerId partnerId,
        Decision decision) {

    public AddSupportingPartner {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(partnerId, "partner id");
    }
}
