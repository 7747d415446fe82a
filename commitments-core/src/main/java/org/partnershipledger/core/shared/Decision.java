package org.partnershipledger.core.shared;

/**
 * The board decision a change rests on ("Board 2010-09-14, minute 7") and why it was taken.
 * The rationale may be absent; the reference may not.
 */
public record Decision(String reference, String rationale) {

    public Decision {
        reference = Require.name(reference, "decision reference");
        rationale = Require.optionalText(rationale, "decision rationale");
    }

    public static Decision of(String reference, String rationale) {
        return new Decision(reference, rationale);
    }
}
