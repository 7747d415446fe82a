package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Withdraws a shared commitment; it stays in the history. */
public record WithdrawSharedCommitment(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        CommitmentId commitmentId,
        String reason,
        Decision decision) {

    public WithdrawSharedCommitment {
        Require.present(partnershipId, "partnership id");
        Require.present(commitmentId, "commitment id");
        reason = Require.text(reason, "reason");
    }
}
