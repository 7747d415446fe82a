package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A partnership was established for a place. */
@Revision("1")
public record PartnershipEstablished(
        PartnershipId partnershipId,
        String name,
        String place,
        String vision,
        Decision decision) implements PartnershipEvent {
}
