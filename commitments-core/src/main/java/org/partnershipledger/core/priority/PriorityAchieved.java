package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A priority was achieved. */
@Revision("1")
public record PriorityAchieved(
        PartnershipId partnershipId,
        PriorityId priorityId,
        String note,
        Decision decision) implements PartnershipEvent {
}
