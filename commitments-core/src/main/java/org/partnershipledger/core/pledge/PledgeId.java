package org.partnershipledger.core.pledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies a pledge of budget to a priority. */
public record PledgeId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PledgeId {
        Identifier.check(value, "pledge id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
