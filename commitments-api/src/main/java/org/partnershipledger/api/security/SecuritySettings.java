package org.partnershipledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * Who may use the ledger ({@code ledger.security.*}).
 *
 * @param mode        {@code basic}: users defined here, HTTP Basic; {@code jwt}: OAuth2 bearer tokens (configure
 *                    {@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 * @param publicReads whether anyone, unauthenticated, may read what the dashboard shows: the list of partnerships, a
 *                    partnership, its matrix, outcome progress and measurements, and the Total Place count
 * @param users       the users of {@code basic} mode; when there are none, a first-run administrator is created
 * @param jwt         how bearer tokens name the user and carry grants
 */
@ConfigurationProperties("ledger.security")
public record SecuritySettings(
        @DefaultValue("basic") Mode mode,
        @DefaultValue("false") boolean publicReads,
        @DefaultValue List<User> users,
        @DefaultValue Jwt jwt) {

    /** How callers prove who they are. */
    public enum Mode { BASIC, JWT }

    /**
     * @param name     the user name, recorded as the actor of every change the user makes
     * @param password a password hash with its algorithm, e.g. {@code {bcrypt}$2a$10$...}
     *                 ({@code java -jar partnership-ledger.jar hash-password} makes one)
     * @param grants   e.g. {@code secretariat:sutton}, {@code partner:sutton:council}, {@code auditor:*}
     */
    public record User(String name, String password, List<String> grants) {
    }

    /**
     * @param nameClaim   the claim naming the user (recorded as the actor)
     * @param grantsClaim the claim listing the user's grants, in the same form as for basic users
     */
    public record Jwt(@DefaultValue("sub") String nameClaim, @DefaultValue("ledger_grants") String grantsClaim) {
    }
}
