package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import org.partnershipledger.projections.ReadModelDigest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Read models rebuilt from the events alone are identical to the ones built live, table by table. */
class RebuildTest extends ApiTest {

    @Autowired
    ReadModelProcessor rebuild;
    @Autowired
    ReadModelDigest digest;

    @Test
    void readModelsRebuiltFromScratchEqualTheLiveOnes() throws Exception {
        String id = newPartnership();
        String priority = newPriority(id);
        accepted(201, http.post("/api/partnerships/" + id + "/priorities/" + priority + "/pledges",
                "{\"id\": \"p\", \"partnerId\": \"police\", \"amount\": {\"amountMinor\": 99}, \"financialYear\": \"2012/13\"}"));
        accepted(201, http.post("/api/partnerships/" + id + "/priorities/" + priority + "/pledges/p/spend",
                "{\"amount\": {\"amountMinor\": 100}, \"spentOn\": \"2012-05-01\"}"));
        accepted(201, http.post("/api/partnerships/" + id + "/partners/health/resource-declarations",
                "{\"financialYear\": \"2012/13\", \"staff\": 3, \"spend\": {\"amountMinor\": 5}}"));
        rebuild.awaitCaughtUp(Duration.ofSeconds(30));
        Map<String, String> live = digest.digests();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry").query(Long.class).single()).isEqualTo(eventsInStore());

        rebuild.rebuild();
        Thread.sleep(50);
        rebuild.awaitCaughtUp(Duration.ofSeconds(60));

        assertThat(digest.digests()).isEqualTo(live);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry").query(Long.class).single()).isEqualTo(eventsInStore());
    }

    @Test
    void anAuditorRebuildsOverTheApiWatchingProgressAndTheDigestsMatch() throws Exception {
        newPartnership();
        rebuild.awaitCaughtUp(Duration.ofSeconds(30));
        JsonNode before = accepted(200, http.get("/api/read-models/digests")).json();

        refused(403, "auth.forbidden", () -> http.as("sutton-auditor").post("/api/read-models/rebuild", ""));
        Http.Answer started = accepted(202, http.post("/api/read-models/rebuild", ""));
        assertThat(started.json().path("eventsTotal").asLong()).isPositive();
        JsonNode progress = started.json();
        for (int i = 0; i < 600 && !progress.path("state").asString().equals("DONE"); i++) {
            Thread.sleep(50);
            progress = accepted(200, http.get("/api/read-models/rebuild")).json();
            assertThat(http.get("/api/partnerships").status()).isEqualTo(200);
        }
        assertThat(progress.path("state").asString()).isEqualTo("DONE");
        assertThat(progress.path("eventsApplied").asLong()).isEqualTo(progress.path("eventsTotal").asLong());
        assertThat(progress.path("secondsLeft").asLong()).isZero();
        assertThat(accepted(200, http.get("/api/read-models/digests")).json()).isEqualTo(before);
    }
}
