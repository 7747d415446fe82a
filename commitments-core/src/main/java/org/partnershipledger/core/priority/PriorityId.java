package org.partnershipledger.core.priority;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies a shared priority. */
public record PriorityId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PriorityId {
        Identifier.check(value, "priority id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
