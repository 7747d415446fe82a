package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.Require;

/** Revises a priority's wording and horizon. */
public record RevisePriority(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        String title,
        String description,
        Horizon horizon,
        Decision decision) {

    public RevisePriority {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        title = Require.name(title, "title");
        description = Require.optionalText(description, "description");
        Require.present(horizon, "horizon");
    }
}
