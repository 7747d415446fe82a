package org.partnershipledger.api.audit;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "What did the partnership stand committed to on 31 March 2011?" — every read answers as of a past instant exactly
 * as it would have then: later changes and corrections are absent.
 */
class AsOfTest extends ApiTest {

    @Test
    void everyReadAnswersAsItWouldHaveAtThePastInstant() throws Exception {
        String id = newPartnership();
        String priority = newPriority(id);
        String base = "/api/partnerships/" + id;
        String pledges = base + "/priorities/" + priority + "/pledges";
        Http.Answer pledged = accepted(201, http.post(pledges, "{\"id\": \"capital\", \"partnerId\": \"council\","
                + " \"amount\": {\"amountMinor\": 10000}, \"financialYear\": \"2010/11\", \"status\": \"COMMITTED\"}"));
        Instant then = justAfter(id, pledged.version());
        Thread.sleep(50);

        accepted(200, http.post(base + "/themes/fairer/rename", "{\"name\": \"Fairer Sutton\"}"));
        accepted(200, http.post(pledges + "/capital/revise", "{\"amount\": {\"amountMinor\": 8000}, \"reason\": \"Cut\"}"));
        accepted(201, http.post(pledges, "{\"id\": \"later\", \"partnerId\": \"police\","
                + " \"amount\": {\"amountMinor\": 500}, \"financialYear\": \"2011/12\"}"));
        Http.Answer last = accepted(200, http.post(base + "/priorities/" + priority + "/achieve", "{}"));
        String asOf = "asOf=" + then;

        JsonNode matrixNow = read(base + "/matrix", last.version()).json();
        JsonNode matrixThen = accepted(200, http.get(base + "/matrix?" + asOf)).json();
        assertThat(matrixNow.path("themes").get(0).path("name").asString()).isEqualTo("Fairer Sutton");
        assertThat(matrixThen.path("themes").get(0).path("name").asString()).isEqualTo("Fairer");
        JsonNode priorityThen = matrixThen.path("cells").get(0).path("priorities").get(0);
        assertThat(priorityThen.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(priorityThen.path("totals").path("pledged").get(0).path("amountMinor").asLong()).isEqualTo(10000);
        assertThat(matrixNow.path("cells").get(0).path("priorities").get(0).path("totals").path("pledged").get(0)
                .path("amountMinor").asLong()).isEqualTo(8500);
        assertThat(matrixThen.path("version").asLong()).isEqualTo(pledged.version());

        JsonNode pledgesThen = accepted(200, http.get(pledges + "?" + asOf)).json();
        assertThat(pledgesThen).hasSize(1);
        assertThat(pledgesThen.get(0).path("amount").path("amountMinor").asLong()).isEqualTo(10000);
        assertThat(accepted(200, http.get(base + "/themes/fairer?" + asOf)).json().path("name").asString())
                .isEqualTo("Fairer");
        assertThat(accepted(200, http.get(base + "/partners/police/commitments?" + asOf)).json().path("pledges"))
                .isEmpty();
        assertThat(accepted(200, http.get(base + "/audit-trail?" + asOf)).json().path("totalEntries").asLong())
                .isEqualTo(pledged.version() + 1);
        assertThat(accepted(200, http.get(base + "/priorities?" + asOf)).json().get(0).path("status").asString())
                .isEqualTo("ADOPTED");
    }

    @Test
    void everyReadAnswersFromTheVersionRecordedByTheInstant() throws Exception {
        String id = newPartnership();
        String priority = newPriority(id);
        String base = "/api/partnerships/" + id;
        String pledges = base + "/priorities/" + priority + "/pledges";
        Http.Answer pledged = accepted(201, http.post(pledges, "{\"id\": \"first\", \"partnerId\": \"council\","
                + " \"amount\": {\"amountMinor\": 100}, \"financialYear\": \"2010/11\"}"));
        Instant then = justAfter(id, pledged.version());
        Thread.sleep(20);
        Http.Answer later = accepted(201, http.post(pledges, "{\"id\": \"second\", \"partnerId\": \"police\","
                + " \"amount\": {\"amountMinor\": 50}, \"financialYear\": \"2010/11\"}"));
        read(base + "/matrix", later.version());

        JsonNode matrix = accepted(200, http.get(base + "/matrix?asOf=" + then)).json();
        assertThat(matrix.path("version").asLong()).isEqualTo(pledged.version());
        assertThat(matrix.path("totals").path("pledged").get(0).path("amountMinor").asLong()).isEqualTo(100);
        assertThat(accepted(200, http.get(base + "/priorities/" + priority + "?asOf=" + then)).json()
                .path("pledges").findValuesAsString("pledgeId")).containsExactly("first");
        assertThat(accepted(200, http.get(base + "/partners/police/commitments?asOf=" + then)).json()
                .path("pledges").findValuesAsString("pledgeId")).isEmpty();
        assertThat(accepted(200, http.get(base + "/partners/police/commitments?asOf=" + justAfter(id, later.version()))).json()
                .path("pledges").findValuesAsString("pledgeId")).containsExactly("second");

        // an instant after the last event: everything recorded so far
        String now = Instant.now().toString();
        JsonNode matrixNow = accepted(200, http.get(base + "/matrix?asOf=" + now)).json();
        assertThat(matrixNow.path("version").asLong()).isEqualTo(later.version());
        assertThat(matrixNow.path("totals").path("pledged").get(0).path("amountMinor").asLong()).isEqualTo(150);
        assertThat(accepted(200, http.get(base + "/priorities/" + priority + "?asOf=" + now)).json()
                .path("pledges").findValuesAsString("pledgeId")).containsExactly("first", "second");
    }

    @Test
    void beforeAPartnershipExistedThereIsNothingToRead() {
        String id = newPartnership();
        refused(404, "partnership.not-found", () -> http.get("/api/partnerships/" + id + "/matrix?asOf=2000-01-01T00:00:00Z"));
        refused(400, "http.400", () -> http.get("/api/partnerships/" + id + "/matrix?asOf=last-tuesday"));
    }
}
