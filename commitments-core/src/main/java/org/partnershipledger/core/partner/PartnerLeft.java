package org.partnershipledger.core.partner;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A partner left the partnership. */
@Revision("1")
public record PartnerLeft(
        PartnershipId partnershipId,
        PartnerId partnerId,
        String reason,
        Decision decision) implements PartnershipEvent {
}
