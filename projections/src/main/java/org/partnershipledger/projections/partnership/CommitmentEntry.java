package org.partnershipledger.projections.partnership;

/** A shared commitment and whether it still stands. */
public record CommitmentEntry(String commitmentId, String statement, boolean withdrawn) {
}
