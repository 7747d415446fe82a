package org.partnershipledger.projections.progress;

/**
 * Red, amber or green: how an indicator's latest measurement stands against the straight line from its baseline to
 * its target (see {@link RagRule}). {@code NOT_MEASURED} until a first outcome is recorded.
 */
public enum Rag {
    RED,
    AMBER,
    GREEN,
    NOT_MEASURED;

    /** The worse of two colours; a measured colour is always worse than none. */
    public Rag worse(Rag other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
