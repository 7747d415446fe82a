package org.partnershipledger.api;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partnership for load and fault tests — one theme, one principle, the council, one priority "shared" — and the
 * pledges the event store holds, read straight from its table.
 */
public final class PledgeLoad {

    private static final Pattern PLEDGE_ID = Pattern.compile("\"pledgeId\":\"([^\"]+)\"");

    private PledgeLoad() {
    }

    /** Where the shared priority's pledges are sent. */
    public static String pledges(String partnershipId) {
        return "/api/partnerships/" + partnershipId + "/priorities/shared/pledges";
    }

    /** A council pledge with this id. */
    public static String pledge(String pledgeId, long amountMinor) {
        return "{\"id\": \"" + pledgeId + "\", \"partnerId\": \"council\", \"amount\": {\"amountMinor\": "
                + amountMinor + "}, \"financialYear\": \"2012/13\"}";
    }

    /** A council pledge that leaves its id to the service. */
    public static String pledge(long amountMinor) {
        return "{\"partnerId\": \"council\", \"amount\": {\"amountMinor\": " + amountMinor
                + "}, \"financialYear\": \"2012/13\"}";
    }

    public static void establish(Http http, String partnershipId) {
        String base = "/api/partnerships/" + partnershipId;
        List<String[]> steps = List.of(
                new String[]{"/api/partnerships", "{\"id\": \"" + partnershipId + "\", \"name\": \"" + partnershipId
                        + "\", \"place\": \"Here\", \"vision\": \"Hold on\"}"},
                new String[]{base + "/themes", "{\"id\": \"fairer\", \"name\": \"Fairer\"}"},
                new String[]{base + "/principles", "{\"id\": \"vfm\", \"name\": \"Value for Money\"}"},
                new String[]{base + "/partners", "{\"id\": \"council\", \"name\": \"Council\","
                        + " \"sector\": \"LOCAL_AUTHORITY\"}"},
                new String[]{base + "/priorities", "{\"id\": \"shared\", \"themeId\": \"fairer\","
                        + " \"principleId\": \"vfm\", \"title\": \"Shared\", \"leadPartnerId\": \"council\","
                        + " \"horizon\": {\"from\": \"2010-04-01\", \"to\": \"2020-03-31\"}}"});
        for (String[] step : steps) {
            Http.Answer answer = http.post(step[0], step[1]);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        }
    }

    /** The ids of every pledge recorded in the event store, each once. */
    public static Set<String> storedPledgeIds(JdbcClient jdbc) {
        Set<String> stored = new HashSet<>();
        jdbc.sql("SELECT payload FROM domain_event_entry WHERE payload_type LIKE '%BudgetPledged'")
                .query((rs, row) -> new String(rs.getBytes(1), StandardCharsets.UTF_8)).list()
                .forEach(json -> {
                    Matcher m = PLEDGE_ID.matcher(json);
                    assertThat(m.find()).as(json).isTrue();
                    assertThat(stored.add(m.group(1))).as("recorded once: " + m.group(1)).isTrue();
                });
        return stored;
    }
}
