package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Retires a governing principle that no open priority sits under any more. */
public record RetirePrinciple(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PrincipleId principleId,
        String reason,
        Decision decision) {

    public RetirePrinciple {
        Require.present(partnershipId, "partnership id");
        Require.present(principleId, "principle id");
        reason = Require.text(reason, "reason");
    }
}
