package org.partnershipledger.core.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Defines a governing principle, a column of the shared-priorities matrix (e.g. Value for Money). */
public record DefinePrinciple(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PrincipleId principleId,
        String name,
        String description,
        Decision decision) {

    public DefinePrinciple {
        Require.present(partnershipId, "partnership id");
        Require.present(principleId, "principle id");
        name = Require.name(name, "name");
        description = Require.optionalText(description, "description");
    }
}
