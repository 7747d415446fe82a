package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A governing principle was retired. */
@Revision("1")
public record PrincipleRetired(
        PartnershipId partnershipId,
        PrincipleId principleId,
        String reason,
        Decision decision) implements PartnershipEvent {
}
