package org.partnershipledger.core.indicator;

import org.axonframework.serialization.Revision;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Decision;
import org.partnershipledger.core.shared.PartnershipEvent;

/** An indicator's target was revised. */
@Revision("1")
public record IndicatorTargetRevised(
        PartnershipId partnershipId,
        PriorityId priorityId,
        IndicatorId indicatorId,
        Measure previousTarget,
        Measure target,
        String reason,
        Decision decision) implements PartnershipEvent {
}
