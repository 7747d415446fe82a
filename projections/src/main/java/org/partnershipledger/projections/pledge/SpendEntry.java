package org.partnershipledger.projections.pledge;

import org.partnershipledger.core.shared.Money;

import java.time.Instant;
import java.time.LocalDate;

/** One record of money spent against a pledge. */
public record SpendEntry(String spendId, Money amount, LocalDate spentOn, String note, boolean exceedsPledge,
                         Instant recordedAt) {
}
