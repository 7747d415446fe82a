package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;

/** A governing principle was defined. */
@Revision("1")
public record PrincipleDefined(PartnershipId partnershipId, PrincipleId principleId, String name, String description, Decision decision) {
}
