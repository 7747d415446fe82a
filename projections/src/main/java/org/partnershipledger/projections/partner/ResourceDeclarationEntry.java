package org.partnershipledger.projections.partner;

import org.partnershipledger.core.shared.Money;

import java.time.Instant;

/** The latest resources a partner declared in the place for a financial year. */
public record ResourceDeclarationEntry(String partnerId, String financialYear, int staff, int volunteers,
                                       Money spend, String note, Instant declaredAt) {
}
