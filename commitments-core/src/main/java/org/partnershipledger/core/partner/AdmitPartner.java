package org.partnershipledger.core.partner;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Admits an organisation to the partnership. */
public record AdmitPartner(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PartnerId partnerId,
        String name,
        Sector sector,
        Decision decision) {

    public AdmitPartner {
        Require.present(partnershipId, "partnership id");
        Require.present(partnerId, "partner id");
        name = Require.name(name, "name");
        Require.present(sector, "sector");
    }
}
