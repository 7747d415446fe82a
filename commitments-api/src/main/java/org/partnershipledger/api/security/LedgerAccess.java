package org.partnershipledger.api.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.BiPredicate;
import java.util.function.Supplier;

/** One access rule over the caller's grants and the request's path variables. */
final class LedgerAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final BiPredicate<Grants, RequestAuthorizationContext> rule;

    private LedgerAccess(BiPredicate<Grants, RequestAuthorizationContext> rule) {
        this.rule = rule;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(rule.test(Grants.of(authentication.get()), context));
    }

    /** Holders of the role in the path's partnership (or in every partnership). */
    static LedgerAccess role(Grant.Role... roles) {
        return new LedgerAccess((grants, context) -> {
            String partnership = context.getVariables().getOrDefault("partnershipId", Grant.ANY);
            for (Grant.Role role : roles) {
                if (grants.has(role, partnership)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Holders of any grant in the path's partnership. */
    static LedgerAccess anyGrant() {
        return new LedgerAccess((grants, context) -> grants.hasAny(context.getVariables().get("partnershipId")));
    }

    /** Representatives of the path's partner in the path's partnership. */
    static LedgerAccess representativeOfPathPartner() {
        return new LedgerAccess((grants, context) -> grants.represents(context.getVariables().get("partnershipId"),
                context.getVariables().get("partnerId")));
    }
}
