package org.partnershipledger.core.partnership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies a governing principle (a column of the matrix), e.g. {@code value-for-money}. */
public record PrincipleId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PrincipleId {
        Identifier.check(value, "principle id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
