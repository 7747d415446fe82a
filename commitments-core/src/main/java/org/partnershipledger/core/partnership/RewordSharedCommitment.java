package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Replaces the wording of a shared commitment. */
public record RewordSharedCommitment(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        CommitmentId commitmentId,
        String statement,
        Decision decision) {

    public RewordSharedCommitment {
        Require.present(partnershipId, "partnership id");
        Require.present(commitmentId, "commitment id");
        statement = Require.text(statement, "statement");
    }
}
