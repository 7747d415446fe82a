package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Moves a priority to another cell of the matrix. */
public record MovePriority(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        ThemeId themeId,
        PrincipleId principleId,
        Decision decision) {

    public MovePriority {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        Require.present(themeId, "theme id");
        Require.present(principleId, "principle id");
    }
}
