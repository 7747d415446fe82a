package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** The lead of a priority passed to another partner (who stops being a supporting partner, if it was one). */
@Revision("1")
public record PriorityLeadChanged(
        PartnershipId partnershipId,
        PriorityId priorityId,
        PartnerId previousLeadPartnerId,
        PartnerId leadPartnerId,
        Decision decision) implements PartnershipEvent {
}
