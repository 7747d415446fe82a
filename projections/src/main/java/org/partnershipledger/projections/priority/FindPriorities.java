package org.partnershipledger.projections.priority;

import org.partnershipledger.core.partnership.PartnershipId;

/** Finds every priority of a partnership, in the order adopted. */
public record FindPriorities(PartnershipId partnershipId) {
}
