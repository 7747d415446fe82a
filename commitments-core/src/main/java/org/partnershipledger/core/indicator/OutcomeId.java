package org.partnershipledger.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies one measurement of an indicator. */
public record OutcomeId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public OutcomeId {
        Identifier.check(value, "outcome id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
