package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A shared commitment was reworded. */
@Revision("1")
public record SharedCommitmentReworded(
        PartnershipId partnershipId,
        CommitmentId commitmentId,
        String statement,
        Decision decision) implements PartnershipEvent {
}
