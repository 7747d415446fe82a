package org.partnershipledger.core.partner;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** An organisation was admitted as a partner. */
@Revision("1")
public record PartnerAdmitted(
        PartnershipId partnershipId,
        PartnerId partnerId,
        String name,
        Sector sector,
        Decision decision) implements PartnershipEvent {
}
