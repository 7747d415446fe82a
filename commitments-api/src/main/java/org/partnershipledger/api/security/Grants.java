package org.partnershipledger.api.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The grants of an authenticated caller, and what they allow in one partnership. */
public final class Grants {

    private final List<Grant> grants;

    private Grants(List<Grant> grants) {
        this.grants = grants;
    }

    public static Grants of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Grants(List.of());
        }
        return new Grants(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.contains(":"))
                .flatMap(a -> {
                    try {
                        return java.util.stream.Stream.of(Grant.parse(a));
                    } catch (IllegalArgumentException notAGrant) {
                        return java.util.stream.Stream.empty();
                    }
                })
                .collect(Collectors.toList()));
    }

    public boolean has(Grant.Role role, String partnershipId) {
        return grants.stream().anyMatch(g -> g.role() == role && g.covers(partnershipId));
    }

    public boolean hasAny(String partnershipId) {
        return grants.stream().anyMatch(g -> g.covers(partnershipId));
    }

    public boolean represents(String partnershipId, String partnerId) {
        return grants.stream().anyMatch(g -> g.role() == Grant.Role.PARTNER && g.covers(partnershipId)
                && (Grant.ANY.equals(g.partnerId()) || g.partnerId().equals(partnerId)));
    }

    /**
     * The partners the caller may act for in a partnership, or empty when it is not restricted to partners (it may
     * act for any partner there).
     */
    public Optional<Set<String>> actingFor(String partnershipId) {
        Set<String> partners = grants.stream()
                .filter(g -> g.role() == Grant.Role.PARTNER && g.covers(partnershipId))
                .map(Grant::partnerId)
                .collect(Collectors.toSet());
        return partners.contains(Grant.ANY) ? Optional.empty() : Optional.of(partners);
    }
}
