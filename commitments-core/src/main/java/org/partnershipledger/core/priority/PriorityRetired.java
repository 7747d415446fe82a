package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A priority was retired without being achieved. */
@Revision("1")
public record PriorityRetired(
        PartnershipId partnershipId,
        PriorityId priorityId,
        String reason,
        Decision decision) implements PartnershipEvent {
}
