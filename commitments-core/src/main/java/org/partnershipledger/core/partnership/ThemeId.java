package org.partnershipledger.core.partnership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies a theme (a row of the shared-priorities matrix), e.g. {@code fairer}. */
public record ThemeId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ThemeId {
        Identifier.check(value, "theme id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
