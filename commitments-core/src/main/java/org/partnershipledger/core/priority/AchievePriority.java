package org.partnershipledger.core.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Require;

/** Records that a priority was achieved; it is closed to pledges and outcomes. */
public record AchievePriority(
        @TargetAggregateIdentifier PartnershipId partnershipId,
        PriorityId priorityId,
        String note,
        Decision decision) {

    public AchievePriority {
        Require.present(partnershipId, "partnership id");
        Require.present(priorityId, "priority id");
        note = Require.optionalText(note, "note");
    }
}
