package org.partnershipledger.core.pledge;

/** How firm a pledge is: indicative (planning figure) or committed (approved budget). */
public enum PledgeStatus {
    INDICATIVE,
    COMMITTED
}
