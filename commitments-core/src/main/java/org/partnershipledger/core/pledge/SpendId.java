package org.partnershipledger.core.pledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies one record of actual spend against a pledge. */
public record SpendId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SpendId {
        Identifier.check(value, "spend id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
