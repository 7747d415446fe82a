package org.partnershipledger.projections.priority;

import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;

/** Finds one priority with its pledges, spend, indicators and latest outcomes. */
public record FindPriority(PartnershipId partnershipId, PriorityId priorityId) {
}
