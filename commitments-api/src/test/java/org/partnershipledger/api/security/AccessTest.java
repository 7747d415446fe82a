package org.partnershipledger.api.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role against every endpoint, over HTTP, on the Sutton partnership. Each row gives the answer for, in
 * order: nobody signed in, a reader, an auditor and the secretariat of Sutton, the council's representative, and the
 * secretariat of another partnership — A allowed, F forbidden (403), U unauthenticated (401). Allowed writes are
 * sent a malformed body, so they reach the controller (400) without changing anything; refusals append nothing.
 */
class AccessTest extends ApiTest {

    private static final String[] CALLERS = {null, "sutton-reader", "sutton-auditor", "sutton-secretary",
            "council-rep", "elsewhere-secretary"};
    private static final String S = "/api/partnerships/sutton";
    private static final String PLEDGE = S + "/priorities/safest-borough/pledges/police-safer-neighbourhood-time";
    private static final String INDICATOR = S + "/priorities/borough-wide-recycling/indicators/household-waste-recycled";

    static Stream<Arguments> table() {
        String[][] rows = {
                {"POST", "/api/partnerships", "UFFFFF"},
                {"POST", S + "/themes", "UFFAFF"},
                {"POST", S + "/themes/fairer/rename", "UFFAFF"},
                {"POST", S + "/themes/fairer/retire", "UFFAFF"},
                {"POST", S + "/principles", "UFFAFF"},
                {"POST", S + "/principles/engagement/rename", "UFFAFF"},
                {"POST", S + "/commitments", "UFFAFF"},
                {"POST", S + "/commitments/fair-decisions/withdraw", "UFFAFF"},
                {"POST", S + "/partners", "UFFAFF"},
                {"POST", S + "/partners/council/leave", "UFFAFF"},
                {"POST", S + "/partners/council/resource-declarations", "UFFFAF"},
                {"POST", S + "/partners/police/resource-declarations", "UFFFFF"},
                {"POST", S + "/priorities", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/revise", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/move", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/lead", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/supporting-partners", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/supporting-partners/council/remove", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/achieve", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/retire", "UFFAFF"},
                {"POST", S + "/priorities/safest-borough/pledges", "UFFFAF"},
                {"POST", PLEDGE + "/revise", "UFFFAF"},
                {"POST", PLEDGE + "/withdraw", "UFFFAF"},
                {"POST", PLEDGE + "/spend", "UFFFAF"},
                {"POST", S + "/priorities/safest-borough/indicators", "UFFAFF"},
                {"POST", INDICATOR + "/target", "UFFAFF"},
                {"POST", INDICATOR + "/outcomes", "UFFFAF"},
                {"GET", "/api/partnerships", "UAAAAA"},
                {"GET", S, "UAAAAF"},
                {"GET", S + "/matrix", "UAAAAF"},
                {"GET", S + "/themes", "UAAAAF"},
                {"GET", S + "/principles/engagement", "UAAAAF"},
                {"GET", S + "/commitments", "UAAAAF"},
                {"GET", S + "/partners", "UAAAAF"},
                {"GET", S + "/partners/council/resource-declarations", "UAAAAF"},
                {"GET", S + "/partners/council/commitments", "UAAAAF"},
                {"GET", S + "/priorities", "UAAAAF"},
                {"GET", S + "/priorities/safest-borough", "UAAAAF"},
                {"GET", S + "/priorities/safest-borough/pledges", "UAAAAF"},
                {"GET", PLEDGE + "/spend", "UAAAAF"},
                {"GET", INDICATOR + "/outcomes", "UAAAAF"},
                {"GET", S + "/audit-trail", "UFAAFF"},
                {"GET", S + "/progress", "UAAAAF"},
                {"GET", S + "/total-place", "UAAAAF"},
                {"GET", S + "/exports/matrix.csv", "UAAAAF"},
                {"GET", S + "/exports/pledges.csv", "UAAAAF"},
                {"GET", S + "/exports/spend.csv", "UAAAAF"},
                {"GET", S + "/exports/outcomes.csv", "UAAAAF"},
                {"GET", S + "/exports/resource-declarations.csv", "UAAAAF"},
                {"GET", S + "/exports/360giving.json", "UAAAAF"},
                {"GET", S + "/exports/audit-trail.csv", "UFAAFF"},
        };
        List<Arguments> cases = new ArrayList<>();
        for (String[] row : rows) {
            for (int i = 0; i < CALLERS.length; i++) {
                cases.add(Arguments.of(row[0], row[1], CALLERS[i] == null ? "nobody" : CALLERS[i], row[2].charAt(i)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @MethodSource("table")
    void everyRoleGetsExactlyItsRights(String method, String path, String caller, char expected) {
        Http as = caller.equals("nobody") ? anonymous() : http.as(caller);
        long before = eventsInStore();
        Http.Answer answer = method.equals("GET") ? as.get(path) : as.post(path, "{");
        switch (expected) {
            case 'A' -> assertThat(answer.status()).as(answer.toString()).isNotIn(401, 403);
            case 'F' -> {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
                assertThat(answer.json().path("code").asString()).isEqualTo("auth.forbidden");
            }
            default -> {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
                assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(eventsInStore()).isEqualTo(before);
    }
}
