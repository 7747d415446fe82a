package org.partnershipledger.core.priority;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A partner started supporting a priority. */
@Revision("1")
public record SupportingPartnerAdded(
        PartnershipId partnershipId,
        PriorityId priorityId,
        PartnerId partnerId,
        Decision decision) implements PartnershipEvent {
}
