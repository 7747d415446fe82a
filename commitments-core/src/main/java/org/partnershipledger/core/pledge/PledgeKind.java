package org.partnershipledger.core.pledge;

/** What a pledge gives: money, goods or services in kind, or staff time valued in money. */
public enum PledgeKind {
    CASH,
    IN_KIND,
    STAFF_TIME
}
