package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A partner stopped supporting a priority. */
@Revision("1")
public record SupportingPartnerRemoved(
        PartnershipId partnershipId,
        PriorityId priorityId,
        PartnerId partnerId,
        String reason,
        Decision decision) implements PartnershipEvent {
}
