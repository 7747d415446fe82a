package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Gives a governing principle a new name. */
public record RenamePrinciple(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PrincipleId principleId,
        String name,
        Decision decision) {

    public RenamePrinciple {
        Require.present(partnershipId, "partnership id");
        Require.present(principleId, "principle id");
        name = Require.name(name, "name");
    }
}
