package org.partnershipledger.core.partnership;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.partnershipledger.core.shared.Identifier;

/** Identifies a partnership: its ledger is one event stream. */
public record PartnershipId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PartnershipId {
        Identifier.check(value, "partnership id");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
