package org.partnershipledger.projections.progress;

/** Which way an indicator has moved over its last measurements, judged by its polarity. */
public enum Trend {
    IMPROVING,
    STEADY,
    WORSENING,
    NOT_ENOUGH_DATA
}
