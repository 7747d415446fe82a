package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Establishes a partnership for a place, with its shared long-term vision. */
public record EstablishPartnership(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        String name,
        String place,
        String vision,
        Decision decision) {

    public EstablishPartnership {
        Require.present(partnershipId, "partnership id");
        name = Require.name(name, "name");
        place = Require.name(place, "place");
        vision = Require.text(vision, "vision");
    }
}
