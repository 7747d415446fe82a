package org.partnershipledger.api.security;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user may do, written {@code role:partnership} or {@code partner:partnership:partner}, with {@code *} for any
 * partnership (or any partner): {@code secretariat:sutton}, {@code partner:sutton:council}, {@code auditor:*},
 * {@code reader:sutton}. A user holds any number of grants; each is one Spring Security authority.
 */
public record Grant(Role role, String partnershipId, String partnerId) {

    public static final String ANY = "*";
    private static final Pattern FORMAT = Pattern.compile(
            "(secretariat|auditor|reader):([A-Za-z0-9][A-Za-z0-9._-]{0,79}|\\*)"
                    + "|partner:([A-Za-z0-9][A-Za-z0-9._-]{0,79}|\\*):([A-Za-z0-9][A-Za-z0-9._-]{0,79}|\\*)");

    /** The roles of the ledger. */
    public enum Role {
        /** Records the board's decisions: partnership structure, partners, priorities, indicators. */
        SECRETARIAT,
        /** Pledges, spends, declares resources and reports outcomes for its own organisation. */
        PARTNER,
        /** Reads everything, the audit trail included; changes nothing. */
        AUDITOR,
        /** Reads what the partnership publishes. */
        READER
    }

    public static Grant parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a grant: write role:partnership (secretariat,"
                    + " auditor, reader) or partner:partnership:partner, with * for any");
        }
        if (m.group(1) != null) {
            return new Grant(Role.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.group(2), null);
        }
        return new Grant(Role.PARTNER, m.group(3), m.group(4));
    }

    public boolean covers(String partnership) {
        return ANY.equals(partnershipId) || partnershipId.equals(partnership);
    }

    @Override
    public String toString() {
        return role.name().toLowerCase(Locale.ROOT) + ":" + partnershipId + (partnerId == null ? "" : ":" + partnerId);
    }
}
