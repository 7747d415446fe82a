package org.partnershipledger.core.partner;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies a partner organisation within a partnership, e.g. {@code sutton-police}. */
public record PartnerId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PartnerId {
        Identifier.check(value, "partner id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
