package org.partnershipledger.core.indicator;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/** An outcome (a measured value of an indicator) was recorded. */
@Revision("1")
public record OutcomeRecorded(
        PartnershipId partnershipId,
        PriorityId priorityId,
        IndicatorId indicatorId,
        OutcomeId outcomeId,
        PartnerId reportedBy,
        BigDecimal value,
        LocalDate measuredOn,
        URI evidence,
        String note,
        Decision decision) implements PartnershipEvent {
}
