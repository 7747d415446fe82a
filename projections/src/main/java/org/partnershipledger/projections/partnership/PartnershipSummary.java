package org.partnershipledger.projections.partnership;

import java.time.Instant;

/** A partnership in the list of all partnerships. */
public record PartnershipSummary(String partnershipId, String name, String place, long version,
                                 Instant lastChangedAt) {
}
