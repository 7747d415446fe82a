package org.partnershipledger.api.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner representative acts for its own organisation only, however it names another in the request; the actor
 * recorded is the signed-in user, never a value in the body.
 */
class PartnerScopeTest extends ApiTest {

    private String base;
    private String pledges;
    private Http councilRep;

    @BeforeEach
    void aPartnershipWithAPoliceAndACouncilPledge() {
        String partnership = newPartnership();
        String priority = newPriority(partnership);
        base = "/api/partnerships/" + partnership;
        pledges = base + "/priorities/" + priority + "/pledges";
        accepted(201, http.post(pledges, "{\"id\": \"police-time\", \"partnerId\": \"police\","
                + " \"amount\": {\"amountMinor\": 100}, \"financialYear\": \"2010/11\"}"));
        accepted(201, http.post(base + "/priorities/" + priority + "/indicators", """
                {"id": "places", "name": "Places", "unit": "places", "polarity": "HIGHER_IS_BETTER",
                 "baseline": {"value": 1, "on": "2010-04-01"}, "target": {"value": 2, "on": "2014-04-01"},
                 "reportingIntervalMonths": 12}"""));
        councilRep = http.as("any-council-rep");
    }

    @Test
    void theCouncilsRepresentativePledgesForTheCouncilAndIsRecordedAsTheActor() {
        Http.Answer pledged = accepted(201, councilRep.post(pledges, "{\"id\": \"council-capital\","
                + " \"partnerId\": \"council\", \"amount\": {\"amountMinor\": 500}, \"financialYear\": \"2010/11\"}"));
        JsonNode trail = read(base + "/audit-trail?eventType=BudgetPledged", pledged.version()).json();
        JsonNode last = trail.path("entries").get(trail.path("entries").size() - 1);
        assertThat(last.path("data").path("pledgeId").asString()).isEqualTo("council-capital");
        assertThat(last.path("actor").asString()).isEqualTo("any-council-rep");
    }

    @Test
    void forgedPartnerIdsAreRefused() {
        refused(403, "partner.not-represented", () -> councilRep.post(pledges, "{\"partnerId\": \"police\","
                + " \"amount\": {\"amountMinor\": 500}, \"financialYear\": \"2010/11\"}"));
        refused(403, "partner.not-represented", () -> councilRep.post(pledges + "/police-time/revise",
                "{\"amount\": {\"amountMinor\": 1}, \"reason\": \"Cut the police's pledge\"}"));
        refused(403, "partner.not-represented", () -> councilRep.post(pledges + "/police-time/withdraw",
                "{\"reason\": \"Not ours to withdraw\"}"));
        refused(403, "partner.not-represented", () -> councilRep.post(pledges + "/police-time/spend",
                "{\"amount\": {\"amountMinor\": 1}, \"spentOn\": \"2010-06-01\"}"));
        refused(403, "partner.not-represented", () -> councilRep.post(pledges.replace("/pledges", "/indicators")
                + "/places/outcomes", "{\"reportedBy\": \"police\", \"value\": 2, \"measuredOn\": \"2012-01-01\"}"));
        refused(403, "auth.forbidden", () -> councilRep.post(base + "/partners/police/resource-declarations",
                "{\"financialYear\": \"2010/11\", \"staff\": 1, \"spend\": {\"amountMinor\": 1}}"));
    }

    @Test
    void theActorCannotBeSentInTheBody() {
        refused(400, "request.malformed", () -> councilRep.post(pledges, "{\"partnerId\": \"council\","
                + " \"amount\": {\"amountMinor\": 5}, \"financialYear\": \"2010/11\", \"actor\": \"police-chief\"}"));
    }

    @Test
    void theListOfPartnershipsShowsOnlyThoseTheCallerHoldsGrantsIn() {
        assertThat(http.as("sutton-reader").get("/api/partnerships").json().findValuesAsString("partnershipId"))
                .containsExactly("sutton");
        assertThat(http.as("elsewhere-secretary").get("/api/partnerships").json()).isEmpty();
        assertThat(http.get("/api/partnerships").json().findValuesAsString("partnershipId")).contains("sutton");
    }
}
