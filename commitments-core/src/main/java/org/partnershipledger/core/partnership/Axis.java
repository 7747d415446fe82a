package org.partnershipledger.core.partnership;

import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.HashMap;
import java.util.Map;

/**
 * One axis of the shared-priorities matrix: the themes (rows) or the governing principles (columns).
 * An entry, once defined, keeps its id for ever; retiring it closes it to new priorities.
 */
final class Axis<I> {

    private final String noun;
    private final Rule notFound;
    private final Rule alreadyDefined;
    private final Rule retired;
    private final Map<I, Boolean> activeById = new HashMap<>();

    Axis(String noun, Rule notFound, Rule alreadyDefined, Rule retired) {
        this.noun = noun;
        this.notFound = notFound;
        this.alreadyDefined = alreadyDefined;
        this.retired = retired;
    }

    void requireNew(I id) {
        if (activeById.containsKey(id)) {
            throw new RuleViolation(alreadyDefined, noun + " '" + id + "' is already defined");
        }
    }

    void requireActive(I id) {
        Boolean active = activeById.get(id);
        if (active == null) {
            throw new RuleViolation(notFound, "no " + noun + " '" + id + "' in this partnership");
        }
        if (!active) {
            throw new RuleViolation(retired, noun + " '" + id + "' is retired");
        }
    }

    void defined(I id) {
        activeById.put(id, true);
    }

    void retired(I id) {
        activeById.put(id, false);
    }
}
