package org.partnershipledger.api.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipledger.core.shared.Decision;

/** The board decision a command rests on. */
@Schema(description = "The board decision a change rests on", example =
        "{\"reference\": \"Board 2010-09-14, minute 7\", \"rationale\": \"Agreed unanimously\"}")
public record DecisionBody(
        @NotBlank @Size(max = 300) @Schema(example = "Board 2010-09-14, minute 7") String reference,
        @Size(max = 4000) String rationale) {

    public static Decision toDecision(DecisionBody body) {
        return body == null ? null : Decision.of(body.reference(), body.rationale());
    }
}
