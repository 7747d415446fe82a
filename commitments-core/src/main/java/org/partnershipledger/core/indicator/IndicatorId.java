package org.partnershipledger.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies an indicator by which a priority's progress is measured. */
public record IndicatorId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public IndicatorId {
        Identifier.check(value, "indicator id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
