package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Records a commitment every partner signs up to (e.g. to be open and transparent with all partners). */
public record AgreeSharedCommitment(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        CommitmentId commitmentId,
        String statement,
        Decision decision) {

    public AgreeSharedCommitment {
        Require.present(partnershipId, "partnership id");
        Require.present(commitmentId, "commitment id");
        statement = Require.text(statement, "statement");
    }
}
