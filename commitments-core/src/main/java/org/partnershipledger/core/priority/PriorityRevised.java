package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A priority's wording or horizon was revised. */
@Revision("1")
public record PriorityRevised(
        PartnershipId partnershipId,
        PriorityId priorityId,
        String title,
        String description,
        Horizon horizon,
        Decision decision) implements PartnershipEvent {
}
