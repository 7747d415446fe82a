package org.partnershipledger.core.partnership;

import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import java.util.HashMap;
import java.util.Map;

/**
 * One axis of the shared-priorities matrix: the themes (rows) or the governing principles (columns).
 * An entry, once defined, keeps its id for ever; retiring it closes it to new priorities.
 */
abstract class Axis<I> {

    private final Map<I, Boolean> activeById = new HashMap<>();

    abstract String noun();

    abstract Rule notFound();

    abstract Rule alreadyDefined();

    abstract Rule retiredRule();

    void requireNew(I id) {
        if (activeById.containsKey(id)) {
            throw new RuleViolation(alreadyDefined(), noun() + " '" + id + "' is already defined");
        }
    }

    void requireActive(I id) {
        Boolean active = activeById.get(id);
        if (active == null) {
            throw new RuleViolation(notFound(), "no " + noun() + " '" + id + "' in this partnership");
        }
        if (!active) {
            throw new RuleViolation(retiredRule(), noun() + " '" + id + "' is retired");
        }
    }

    void defined(I id) {
        activeById.put(id, true);
    }

    void retired(I id) {
        activeById.put(id, false);
    }

    /** The themes of a partnership: the rows of its matrix. */
    static final class Themes extends Axis<ThemeId> {
        @Override
        String noun() {
            return "theme";
        }

        @Override
        Rule notFound() {
            return Rule.THEME_NOT_FOUND;
        }

        @Override
        Rule alreadyDefined() {
            return Rule.THEME_ALREADY_DEFINED;
        }

        @Override
        Rule retiredRule() {
            return Rule.THEME_RETIRED;
        }
    }

    /** The governing principles of a partnership: the columns of its matrix. */
    static final class Principles extends Axis<PrincipleId> {
        @Override
        String noun() {
            return "principle";
        }

        @Override
        Rule notFound() {
            return Rule.PRINCIPLE_NOT_FOUND;
        }

        @Override
        Rule alreadyDefined() {
            return Rule.PRINCIPLE_ALREADY_DEFINED;
        }

        @Override
        Rule retiredRule() {
            return Rule.PRINCIPLE_RETIRED;
        }
    }
}
