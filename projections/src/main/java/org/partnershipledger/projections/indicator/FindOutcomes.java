package org.partnershipledger.projections.indicator;

import org.partnershipledger.core.indicator.IndicatorId;
import org.partnershipledger.core.partnership.PartnershipId;

/** Finds every outcome recorded for an indicator, by date measured. */
public record FindOutcomes(PartnershipId partnershipId, IndicatorId indicatorId) {
}
