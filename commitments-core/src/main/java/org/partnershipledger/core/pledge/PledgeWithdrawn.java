package org.partnershipledger.core.pledge;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A pledge was withdrawn. */
@Revision("1")
public record PledgeWithdrawn(
        PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        PartnerId partnerId,
        String reason,
        Decision decision) implements PartnershipEvent {
}
