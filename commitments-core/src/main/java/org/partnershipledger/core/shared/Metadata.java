package org.partnershipledger.core.shared;

/**
 * Keys of the metadata recorded beside every event. The actor is the authenticated user that sent the command;
 * it is never taken from a command's payload.
 */
public final class Metadata {

    public static final String ACTOR = "actor";

    private Metadata() {
    }
}
