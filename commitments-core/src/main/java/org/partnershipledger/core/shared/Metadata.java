package org.partnershipledger.core.shared;

/**
 * Keys of the metadata of commands and events. The actor is the authenticated user that sent the command, recorded
 * on every event it causes; it is never taken from a command's payload.
 */
public final class Metadata {

    public static final String ACTOR = "actor";

    /**
     * The partners a command's sender represents, comma-separated. Present when the sender acts for particular
     * partners (a partner representative): the command may then only pledge, spend, declare or report for them.
     * Absent when the sender is not restricted to partners.
     */
    public static final String ACTING_FOR = "actingFor";

    /**
     * The version of the partnership the sender last saw (an HTTP {@code If-Match}). When present, the command is
     * refused unless the partnership is still at exactly that version.
     */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private Metadata() {
    }
}
