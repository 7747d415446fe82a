package org.partnershipledger.projections.partnership;

/** Finds every partnership in the ledger, by name. */
public record FindPartnerships() {
}
