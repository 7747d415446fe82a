package org.partnershipledger.core.pledge;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.Money;
import org.partnershipledger.core.shared.PartnershipEvent;

import java.time.LocalDate;

/** Spend was recorded against a pledge; {@code exceedsPledge} flags a running total above the pledged amount. */
@Revision("1")
public record SpendRecorded(
        PartnershipId partnershipId,
        PriorityId priorityId,
        PledgeId pledgeId,
        PartnerId partnerId,
        SpendId spendId,
        Money amount,
        LocalDate spentOn,
        String note,
        Money totalSpent,
        boolean exceedsPledge,
        Decision decision) implements PartnershipEvent {
}
