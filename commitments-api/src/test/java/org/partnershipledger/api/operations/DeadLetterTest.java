package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import tools.jackson.databind.JsonNode;
import org.partnershipledger.api.Http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a read model cannot apply is parked with the rest of its partnership's events — applied to no read model
 * at all — while other partnerships go on; once the cause is removed, the parked events are applied in order.
 */
class DeadLetterTest extends ApiTest {

    private long deadLettersFor(String partnershipId) {
        return jdbc.sql("SELECT COUNT(*) FROM dead_letter_entry WHERE sequence_identifier = ?")
                .param(partnershipId).query(Long.class).single();
    }

    private void awaitDeadLetters(String partnershipId, long count) throws InterruptedException {
        for (int i = 0; i < 250 && deadLettersFor(partnershipId) < count; i++) {
            Thread.sleep(20);
        }
        assertThat(deadLettersFor(partnershipId)).isEqualTo(count);
    }

    @Test
    void anEventThatCannotBeAppliedIsParkedAndAppliedOnceFixed() throws Exception {
        String blocked = newPartnership();
        long next = storeVersion(blocked) + 1;
        // a stray audit row where the next event's entry must go makes that event impossible to apply
        jdbc.sql("INSERT INTO rm_audit_entry (partnership_id, sequence_number, event_id, event_type, recorded_at,"
                        + " partner_ids, summary) VALUES (?, ?, 'stray', 'Stray', ?, '', 'stray')")
                .params(blocked, next, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).update();

        Http.Answer parked = accepted(201, http.post("/api/partnerships/" + blocked + "/themes",
                "{\"id\": \"greener\", \"name\": \"Greener\"}"));
        accepted(201, http.post("/api/partnerships/" + blocked + "/themes", "{\"id\": \"bolder\", \"name\": \"Bolder\"}"));
        awaitDeadLetters(blocked, 2);

        String other = newPartnership();
        assertThat(http.get("/api/partnerships/" + other).status()).isEqualTo(200);
        refused(503, "read.not-caught-up", () -> read("/api/partnerships/" + blocked, parked.version()));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rm_theme WHERE partnership_id = ? AND theme_id = 'greener'")
                .param(blocked).query(Long.class).single()).as("no read model saw the parked event").isZero();

        JsonNode parkedNow = accepted(200, http.get("/api/read-models/dead-letters")).json();
        JsonNode mine = null;
        for (JsonNode p : parkedNow) {
            if (p.path("partnershipId").asString().equals(blocked)) {
                mine = p;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("events").asLong()).isEqualTo(2);
        assertThat(mine.path("firstPosition").asLong()).isEqualTo(parked.version());
        refused(403, "auth.forbidden", () -> http.as("sutton-auditor").post("/api/read-models/dead-letters/retry", ""));

        jdbc.sql("DELETE FROM rm_audit_entry WHERE event_id = 'stray'").update();
        JsonNode retried = accepted(200, http.post("/api/read-models/dead-letters/retry", "")).json();
        assertThat(retried.path("sequencesApplied").asInt()).isPositive();
        assertThat(deadLettersFor(blocked)).isZero();
        assertThat(read("/api/partnerships/" + blocked + "/themes", parked.version() + 1).json()
                .findValuesAsString("id")).containsExactly("fairer", "safer", "greener", "bolder");
    }
}
