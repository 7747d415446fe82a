package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;
import org.partnershipledger.projections.rows.ReadModelTable;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read models rebuilt from the events alone — all of them or one named — are identical to the ones built live, table
 * by table; meanwhile reads answer from the previous content, never from a half-built one, and commands go on.
 */
class RebuildTest extends ApiTest {

    @Autowired
    ReadModelProcessor processor;

    @Test
    void everyReadModelRebuiltFromTheEventsEqualsTheLiveOne() throws Exception {
        Http.Answer last = everyKindOfChange(newPartnership());
        read("/api/partnerships", last.version());
        awaitIdleProcessor();
        JsonNode before = accepted(200, http.get("/api/read-models")).json();
        assertThat(before.findValuesAsString("name"))
                .containsExactly("partnerships", "partners", "priorities", "pledges", "indicators", "audit-trail");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry").query(Long.class).single()).isEqualTo(eventsInStore());

        long rows = rowsInEveryTable();

        JsonNode done = rebuildUntilDone("");

        assertThat(done.path("readModels")).hasSize(6);
        assertThat(done.path("rewrite").asBoolean()).isFalse();
        assertThat(done.path("eventsApplied").asLong()).isEqualTo(done.path("eventsTotal").asLong()).isPositive();
        assertThat(done.path("secondsLeft").asLong()).isZero();
        assertThat(done.path("storedRowsRead").asLong()).as("every row read to compare with").isEqualTo(rows);
        assertThat(done.path("rows").path("unchanged").asLong()).as("every row found as the events make it")
                .isEqualTo(rows);
        assertThat(done.path("rows").path("written").asLong()).isZero();
        assertThat(done.path("rows").path("deleted").asLong()).isZero();
        assertThat(accepted(200, http.get("/api/read-models")).json()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_audit_entry").query(Long.class).single()).isEqualTo(eventsInStore());

        JsonNode rewritten = rebuildUntilDone("?rewrite=true");
        assertThat(rewritten.path("rewrite").asBoolean()).isTrue();
        assertThat(rewritten.path("rows").path("unchanged").asLong()).isZero();
        assertThat(rewritten.path("storedRowsRead").asLong()).as("nothing to compare with").isZero();
        assertThat(rewritten.path("rows").path("written").asLong()).as("every row written again").isEqualTo(rows);
        assertThat(rewritten.path("rows").path("deleted").asLong()).isEqualTo(rows);
        assertThat(accepted(200, http.get("/api/read-models")).json()).isEqualTo(before);
    }

    @Test
    void aNamedReadModelIsRebuiltAloneAndTheOthersAreLeftAsTheyAre() throws Exception {
        String id = newPartnership();
        Http.Answer last = everyKindOfChange(id);
        read("/api/partnerships/" + id, last.version());
        awaitIdleProcessor();
        Map<String, String> before = digests();
        // damage two read models behind the service's back: change rows, in a table and in a history table, delete
        // one and add one
        int changed = jdbc.sql("UPDATE rm_pledge SET amount_minor = 1 WHERE partnership_id = ?").param(id).update();
        int changedVersions = jdbc.sql("UPDATE rm_pledge_history SET status = 'FORGED' WHERE partnership_id = ?"
                + " AND valid_to < " + Long.MAX_VALUE).param(id).update();
        jdbc.sql("DELETE FROM rm_audit_entry WHERE partnership_id = ? AND sequence_number = 3").param(id).update();
        String audited = "event_type, recorded_at, actor, decision_reference, decision_rationale, priority_id,"
                + " partner_ids, summary";
        jdbc.sql("INSERT INTO rm_audit_entry (partnership_id, sequence_number, event_id, " + audited + ")"
                + " SELECT partnership_id, 1000000, 'forged', " + audited + " FROM rm_audit_entry"
                + " WHERE partnership_id = ? AND sequence_number = 4").param(id).update();
        Map<String, String> damaged = digests();
        assertThat(changed).isPositive();
        assertThat(changedVersions).isPositive();
        assertThat(damaged.get("pledges")).isNotEqualTo(before.get("pledges"));
        assertThat(damaged.get("audit-trail")).isNotEqualTo(before.get("audit-trail"));

        JsonNode pledgesOnly = rebuildUntilDone("?readModel=pledges");
        assertThat(pledgesOnly.path("readModels")).hasSize(1);
        assertThat(pledgesOnly.path("readModels").get(0).asString()).isEqualTo("pledges");
        assertThat(pledgesOnly.path("rows").path("written").asLong()).as("the changed rows, replaced")
                .isEqualTo(changed + changedVersions);
        assertThat(pledgesOnly.path("rows").path("deleted").asLong()).isEqualTo(changed + changedVersions);
        Map<String, String> afterPledges = digests();
        assertThat(afterPledges.get("pledges")).isEqualTo(before.get("pledges"));
        assertThat(afterPledges.get("audit-trail")).as("not named, not rebuilt").isEqualTo(damaged.get("audit-trail"));

        JsonNode auditTrail = rebuildUntilDone("?readModel=audit-trail&readModel=partners");
        assertThat(auditTrail.path("rows").path("written").asLong()).as("the deleted entry").isEqualTo(1);
        assertThat(auditTrail.path("rows").path("deleted").asLong()).as("the added entry").isEqualTo(1);
        assertThat(digests()).isEqualTo(before);

        refused(400, "read-models.unknown", () -> http.post("/api/read-models/rebuild?readModel=everything", ""));
        refused(403, "auth.forbidden", () -> http.as("sutton-auditor").post("/api/read-models/rebuild", ""));
        refused(403, "auth.forbidden", () -> http.as("sutton-auditor").get("/api/read-models"));
    }

    @Test
    void readsAnswerFromThePreviousContentAndCommandsGoOnDuringARebuild() throws Exception {
        String id = newPartnership();
        Http.Answer last = everyKindOfChange(id);
        String matrix = "/api/partnerships/" + id + "/matrix";
        JsonNode before = read(matrix, last.version()).json();
        awaitIdleProcessor();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        List<Http.Answer> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (rebuilding.get()) {
                seen.add(http.get(matrix));
            }
        });
        reader.start();
        Http.Answer started = accepted(202, http.post("/api/read-models/rebuild", ""));
        assertThat(started.header("Location")).endsWith("/api/read-models/rebuild");
        Http.Answer during = accepted(201, http.post("/api/partnerships/" + id + "/themes",
                "{\"id\": \"bolder\", \"name\": \"Bolder\"}"));
        JsonNode done = awaitDone();
        rebuilding.set(false);
        reader.join();

        assertThat(done.path("state").asString()).isEqualTo("DONE");
        assertThat(seen).isNotEmpty();
        for (Http.Answer answer : seen) {
            assertThat(answer.status()).isEqualTo(200);
            JsonNode shown = answer.json();
            assertThat(shown.path("version").asLong()).isGreaterThanOrEqualTo(before.path("version").asLong());
            if (shown.path("version").asLong() == before.path("version").asLong()) {
                assertThat(shown).as("never a half-built matrix").isEqualTo(before);
            }
        }
        assertThat(read("/api/partnerships/" + id + "/themes", during.version()).json().findValuesAsString("id"))
                .contains("bolder");
    }

    /** Sends a change of every kind that any read model records, and answers the last one's receipt. */
    private Http.Answer everyKindOfChange(String id) {
        String base = "/api/partnerships/" + id;
        String priority = newPriority(id);
        String other = newPriority(id);
        String pledges = base + "/priorities/" + priority + "/pledges";
        String indicators = base + "/priorities/" + priority + "/indicators";
        List<String[]> requests = List.of(
                new String[]{base + "/themes", "{\"id\": \"spare\", \"name\": \"Spare\"}"},
                new String[]{base + "/themes/fairer/rename", "{\"name\": \"Fairer Place\"}"},
                new String[]{base + "/themes/spare/retire", "{\"reason\": \"Not needed\"}"},
                new String[]{base + "/principles/engagement/rename", "{\"name\": \"Engaging people\"}"},
                new String[]{base + "/commitments", "{\"id\": \"share\", \"statement\": \"Share data\"}"},
                new String[]{base + "/commitments/share/reword", "{\"statement\": \"Share all data\"}"},
                new String[]{base + "/commitments", "{\"id\": \"pool\", \"statement\": \"Pool budgets\"}"},
                new String[]{base + "/commitments/pool/withdraw", "{\"reason\": \"Superseded\"}"},
                new String[]{base + "/partners/health/leave", "{\"reason\": \"Reorganised\"}"},
                new String[]{base + "/partners", "{\"id\": \"health\", \"name\": \"Testborough NHS\","
                        + " \"sector\": \"HEALTH\"}"},
                new String[]{base + "/partners/council/resource-declarations", "{\"financialYear\": \"2010/11\","
                        + " \"staff\": 10, \"spend\": {\"amountMinor\": 1000}}"},
                new String[]{base + "/partners/council/resource-declarations", "{\"financialYear\": \"2010/11\","
                        + " \"staff\": 12, \"volunteers\": 3, \"spend\": {\"amountMinor\": 1200}, \"note\": \"Revised\"}"},
                new String[]{base + "/priorities/" + priority + "/revise", "{\"title\": \"Rebuild two schools\","
                        + " \"horizon\": {\"from\": \"2010-04-01\", \"to\": \"2021-03-31\"}}"},
                new String[]{base + "/priorities/" + priority + "/move", "{\"themeId\": \"safer\","
                        + " \"principleId\": \"engagement\"}"},
                new String[]{base + "/priorities/" + priority + "/supporting-partners", "{\"partnerId\": \"health\"}"},
                new String[]{base + "/priorities/" + priority + "/lead", "{\"leadPartnerId\": \"police\"}"},
                new String[]{base + "/priorities/" + priority + "/supporting-partners/health/remove", "{}"},
                new String[]{pledges, "{\"id\": \"a\", \"partnerId\": \"council\", \"amount\": {\"amountMinor\": 500},"
                        + " \"financialYear\": \"2010/11\"}"},
                new String[]{pledges + "/a/revise", "{\"amount\": {\"amountMinor\": 700}, \"status\": \"COMMITTED\","
                        + " \"reason\": \"Agreed\"}"},
                new String[]{pledges + "/a/spend", "{\"id\": \"s1\", \"amount\": {\"amountMinor\": 800},"
                        + " \"spentOn\": \"2010-07-01\", \"note\": \"Over \\\"budget\\\", see C:\\\\minutes; £5 — Ünïcode\"}"},
                new String[]{pledges, "{\"id\": \"b\", \"partnerId\": \"police\", \"amount\": {\"amountMinor\": 90},"
                        + " \"financialYear\": \"2011/12\"}"},
                new String[]{pledges + "/b/withdraw", "{\"reason\": \"Cut\"}"},
                new String[]{indicators, "{\"id\": \"i\", \"name\": \"Recycled\", \"unit\": \"%\","
                        + " \"polarity\": \"HIGHER_IS_BETTER\", \"baseline\": {\"value\": 30, \"on\": \"2010-04-01\"},"
                        + " \"target\": {\"value\": 50, \"on\": \"2014-04-01\"}, \"tolerance\": 2,"
                        + " \"reportingIntervalMonths\": 12}"},
                new String[]{indicators + "/i/target", "{\"target\": {\"value\": 55, \"on\": \"2015-04-01\"},"
                        + " \"reason\": \"Stretch\"}"},
                new String[]{indicators + "/i/outcomes", "{\"id\": \"o1\", \"reportedBy\": \"council\","
                        + " \"value\": 33.5, \"measuredOn\": \"2011-04-01\", \"evidence\": \"https://example.org/r\"}"},
                new String[]{base + "/priorities/" + other + "/achieve", "{\"note\": \"Done\"}"},
                new String[]{base + "/priorities/" + priority + "/retire", "{\"reason\": \"Merged\"}"});
        Http.Answer answer = null;
        for (String[] request : requests) {
            answer = http.post(request[0], request[1]);
            assertThat(answer.status()).as(request[0] + " " + answer.text()).isBetween(200, 201);
        }
        return answer;
    }

    /** How many rows every read model's tables hold together. */
    private long rowsInEveryTable() {
        long rows = 0;
        for (ReadModelTable table : ReadModelTable.values()) {
            rows += jdbc.sql("SELECT COUNT(*) FROM " + table.tableName()).query(Long.class).single();
        }
        return rows;
    }

    private Map<String, String> digests() {
        Map<String, String> digests = new HashMap<>();
        for (JsonNode readModel : accepted(200, http.get("/api/read-models")).json()) {
            digests.put(readModel.path("name").asString(), readModel.path("digest").asString());
        }
        return digests;
    }

    private JsonNode rebuildUntilDone(String query) throws InterruptedException {
        accepted(202, http.post("/api/read-models/rebuild" + query, ""));
        JsonNode done = awaitDone();
        assertThat(done.path("state").asString()).as(done.toString()).isEqualTo("DONE");
        return done;
    }

    private JsonNode awaitDone() throws InterruptedException {
        JsonNode progress = accepted(200, http.get("/api/read-models/rebuild")).json();
        for (int i = 0; i < 1200 && progress.path("state").asString().equals("RUNNING"); i++) {
            Thread.sleep(50);
            progress = accepted(200, http.get("/api/read-models/rebuild")).json();
        }
        return progress;
    }

    /**
     * Waits until the read-model processor has applied every event in the store, by its position against the
     * store's head: the digests cover every partnership, and the shared service may still be applying events other
     * tests sent (counting audit entries against events is no measure after tests that tamper with the store).
     */
    private void awaitIdleProcessor() throws Exception {
        processor.awaitCaughtUp(Duration.ofSeconds(60));
    }
}
