package org.partnershipledger.core.pledge;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.PartnershipEvent;

/** A pledge's amount (and perhaps status) was revised. */
@Revision("1")
public record PledgeRevised(
        PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        PartnerId partnerId,
        Money previousAmount,
        Money amount,
        PledgeStatus status,
        String reason,
        Decision decision) implements PartnershipEvent {
}
