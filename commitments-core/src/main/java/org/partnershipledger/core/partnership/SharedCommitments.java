package org.partnershipledger.core.partnership;

import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.HashMap;
import java.util.Map;

/** The shared commitments of a partnership, and which of them still stand. */
final class SharedCommitments {

    private final Map<CommitmentId, Boolean> standingById = new HashMap<>();

    void requireNew(CommitmentId id) {
        if (standingById.containsKey(id)) {
            throw new RuleViolation(Rule.COMMITMENT_ALREADY_AGREED, "shared commitment '" + id + "' was already agreed");
        }
    }

    void requireStanding(CommitmentId id) {
        Boolean standing = standingById.get(id);
        if (standing == null) {
            throw new RuleViolation(Rule.COMMITMENT_NOT_FOUND, "no shared commitment '" + id + "' in this partnership");
        }
        if (!standing) {
            throw new RuleViolation(Rule.COMMITMENT_WITHDRAWN, "shared commitment '" + id + "' was withdrawn");
        }
    }

    void agreed(CommitmentId id) {
        standingById.put(id, true);
    }

    void withdrawn(CommitmentId id) {
        standingById.put(id, false);
    }
}
