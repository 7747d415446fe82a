package org.partnershipledger.core.shared;

import java.util.regex.Pattern;

/**
 * The one format for every identifier in the ledger: readable slugs such as {@code fairer} or
 * {@code sutton-police}, or UUIDs. No slashes, spaces or leading dots, so an id is always safe in a URL path.
 */
public final class Identifier {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");

    private Identifier() {
    }

    public static String check(String value, String what) {
        Require.present(value, what);
        if (!FORMAT.matcher(value).matches()) {
            throw new RuleViolation(Rule.IDENTIFIER_INVALID, what + " '" + abbreviate(value)
                    + "' must be 1 to 80 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
