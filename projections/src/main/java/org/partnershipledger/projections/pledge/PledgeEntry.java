package org.partnershipledger.projections.pledge;

import org.partnershipledger.core.shared.Money;

import java.time.Instant;
import java.util.List;

/** A pledge as it now stands, with the spend recorded against it. */
public record PledgeEntry(
        String pledgeId,
        String priorityId,
        String partnerId,
        Money amount,
        String financialYear,
        String kind,
        String status,
        boolean withdrawn,
        Money spent,
        Instant pledgedAt,
        List<SpendEntry> spend) {
}
