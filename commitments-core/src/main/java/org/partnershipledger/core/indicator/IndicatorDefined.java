package org.partnershipledger.core.indicator;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

import java.math.BigDecimal;

/** An indicator was defined for a priority. */
@Revision("1")
public record IndicatorDefined(
        PartnershipId partnershipId,
        PriorityId priorityId,
        IndicatorId indicatorId,
        String name,
        String unit,
        Polarity polarity,
        Measure baseline,
        Measure target,
        BigDecimal tolerance,
        int reportingIntervalMonths,
        Decision decision) implements PartnershipEvent {
}
