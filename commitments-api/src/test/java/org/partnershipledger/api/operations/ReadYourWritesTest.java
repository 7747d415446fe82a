package org.partnershipledger.api.operations;

import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;

import static org.assertj.core.api.Assertions.assertThat;

class ReadYourWritesTest extends ApiTest {

    @Test
    void aReadWithTheVersionOfAWriteSeesThatWrite() {
        String id = newPartnership();
        for (int i = 0; i < 20; i++) {
            Http.Answer written = accepted(201, http.post("/api/partnerships/" + id + "/commitments",
                    "{\"id\": \"c" + i + "\", \"statement\": \"Commitment " + i + "\"}"));
            Http.Answer read = accepted(200, read("/api/partnerships/" + id + "/commitments/c" + i,
                    written.version()));
            assertThat(read.version()).isGreaterThanOrEqualTo(written.version());
        }
    }

    @Test
    void aVersionNotYetReachedAnswersRetryLater() {
        String id = newPartnership();
        Http.Answer answer = refused(503, "read.not-caught-up", () -> read("/api/partnerships/" + id, 1_000_000));
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.json().path("version").asLong()).isEqualTo(storeVersion(id));
    }

    @Test
    void aMinVersionMustBeAWholeNumber() {
        refused(400, "http.400", () -> http.get("/api/partnerships/sutton?minVersion=-1"));
        refused(400, "http.400", () -> http.get("/api/partnerships/sutton?minVersion=soon"));
    }
}
