package org.partnershipledger.api.web;

import java.util.UUID;

/** Ids for new things: the one the client chose, or a fresh UUID. */
public final class NewIds {

    /** The format of every id, as a bean-validation pattern; the domain checks it again. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,79}";

    private NewIds() {
    }

    public static String orRandom(String chosen) {
        return chosen == null || chosen.isBlank() ? UUID.randomUUID().toString() : chosen;
    }
}
