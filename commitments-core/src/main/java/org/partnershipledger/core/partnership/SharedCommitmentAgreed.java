package org.partnershipledger.core.partnership;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** The partners agreed a shared commitment. */
@Revision("1")
public record SharedCommitmentAgreed(
        PartnershipId partnershipId,
        CommitmentId commitmentId,
        String statement,
        Decision decision) implements PartnershipEvent {
}
