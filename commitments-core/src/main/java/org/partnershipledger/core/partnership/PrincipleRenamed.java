package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A governing principle was renamed. */
@Revision("1")
public record PrincipleRenamed(
        PartnershipId partnershipId,
        PrincipleId principleId,
        String name,
        Decision decision) implements PartnershipEvent {
}
