package org.partnershipledger.core.indicator;

/** Which direction of an indicator is good news. */
public enum Polarity {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
