package org.partnershipledger.core.partnership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies a shared commitment the partners signed up to. */
public record CommitmentId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CommitmentId {
        Identifier.check(value, "commitment id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
