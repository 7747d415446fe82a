package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A governing principle was defined. */
@Revision("1")
public record PrincipleDefined(
        PartnershipId partnershipId,
        PrincipleId principleId,
        String name,
        String description,
        Decision decision) implements PartnershipEvent {
}
