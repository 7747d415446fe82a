package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A shared commitment was withdrawn. */
@Revision("1")
public record SharedCommitmentWithdrawn(
        PartnershipId partnershipId,
        CommitmentId commitmentId,
        String reason,
        Decision decision) implements PartnershipEvent {
}
