package org.partnershipledger.projections.partnership;

import org.partnershipledger.projections.partner.PartnerEntry;
import org.partnershipledger.projections.partner.ResourceDeclarationEntry;

import java.time.Instant;
import java.util.List;

/** A partnership as it now stands. {@code version} is the sequence number of the last event it reflects. */
public record PartnershipView(
        String partnershipId,
        String name,
        String place,
        String vision,
        Instant establishedAt,
        Instant lastChangedAt,
        long version,
        List<AxisEntry> themes,
        List<AxisEntry> principles,
        List<CommitmentEntry> commitments,
        List<PartnerEntry> partners,
        List<ResourceDeclarationEntry> resourceDeclarations) {
}
