package org.partnershipledger.api.web;

import java.util.UUID;

/**
 * Ids for new things: the one the client chose; under an {@code Idempotency-Key}, one derived from the key and the
 * request, so that a retry names what the first attempt named ({@link IdempotencyClaim#newId()}); otherwise a fresh
 * UUID.
 */
public final class NewIds {

    /** The format of every id, as a bean-validation pattern; the domain checks it again. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,79}";

    private NewIds() {
    }

    public static String orRandom(String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return IdempotencyClaim.ofCurrentRequest().map(IdempotencyClaim::newId)
                .orElseGet(() -> UUID.randomUUID().toString());
    }
}
