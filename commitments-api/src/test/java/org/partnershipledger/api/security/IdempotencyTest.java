package org.partnershipledger.api.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.api.Http;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A retried command with the same Idempotency-Key is answered as the first was, and recorded once. */
class IdempotencyTest extends ApiTest {

    private String commitments;
    private String key;

    @BeforeEach
    void aPartnership() {
        commitments = "/api/partnerships/" + newPartnership() + "/commitments";
        key = UUID.randomUUID().toString();
    }

    @Test
    void aRetryGetsTheFirstAnswerAndRecordsNothingMore() {
        Http keyed = http.with("Idempotency-Key", key);
        long before = eventsInStore();
        Http.Answer first = accepted(201, keyed.post(commitments, "{\"statement\": \"To be open\"}"));
        Http.Answer retry = accepted(201, keyed.post(commitments, "{\"statement\": \"To be open\"}"));

        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Ledger-Version")).isEqualTo(first.header("Ledger-Version"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotency-Replayed")).isNull();
        assertThat(eventsInStore()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() {
        Http keyed = http.with("Idempotency-Key", key);
        accepted(201, keyed.post(commitments, "{\"statement\": \"To be open\"}"));
        refused(422, "idempotency.key-reused", () -> keyed.post(commitments, "{\"statement\": \"To be closed\"}"));
    }

    @Test
    void keysBelongToTheirCaller() {
        accepted(201, http.with("Idempotency-Key", key).post(commitments, "{\"statement\": \"Clerk's\"}"));
        String secretariat = commitments.replace(commitments.split("/")[3], "sutton");
        Http.Answer other = http.as("sutton-secretary").with("Idempotency-Key", key)
                .post(secretariat, "{\"statement\": \"Secretary's\"}");
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void aRefusalIsTheAnswerToo() {
        Http keyed = http.with("Idempotency-Key", key);
        accepted(201, http.post(commitments, "{\"id\": \"openness\", \"statement\": \"To be open\"}"));
        Http.Answer first = refused(409, "commitment.already-agreed",
                () -> keyed.post(commitments, "{\"id\": \"openness\", \"statement\": \"Again\"}"));
        Http.Answer retry = refused(409, "commitment.already-agreed",
                () -> keyed.post(commitments, "{\"id\": \"openness\", \"statement\": \"Again\"}"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.text()).isEqualTo(first.text());
    }

    @Test
    void concurrentRetriesRecordOneEvent() throws Exception {
        Http keyed = http.with("Idempotency-Key", key);
        long before = eventsInStore();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return keyed.post(commitments, "{\"statement\": \"Raced\"}");
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Http.Answer> answer : answers) {
            Http.Answer a = answer.get(30, TimeUnit.SECONDS);
            assertThat(a.status()).as(a.toString()).isIn(201, 409);
            if (a.status() == 409) {
                assertThat(a.json().path("code").asString()).isEqualTo("idempotency.in-flight");
                assertThat(a.header("Retry-After")).isEqualTo("1");
            } else {
                created++;
            }
        }
        threads.shutdown();
        assertThat(created).isPositive();
        assertThat(eventsInStore()).isEqualTo(before + 1);
    }

    @Test
    void anExpiredKeyIsNew() {
        Http keyed = http.with("Idempotency-Key", key);
        accepted(201, keyed.post(commitments, "{\"statement\": \"To be open\"}"));
        jdbc.sql("UPDATE idempotency_key SET expires_at = created_at WHERE idem_key = ?").param(key).update();
        long before = eventsInStore();
        Http.Answer again = accepted(201, keyed.post(commitments, "{\"statement\": \"To be open\"}"));
        assertThat(again.header("Idempotency-Replayed")).isNull();
        assertThat(eventsInStore()).isEqualTo(before + 1);
    }

    @Test
    void aRetryAfterTheAnswerWasLostAnswersWithoutRecordingAgain() {
        Http keyed = http.with("Idempotency-Key", key);
        String body = "{\"statement\": \"To answer once\"}";
        Http.Answer first = accepted(201, keyed.post(commitments, body));
        long events = eventsInStore();
        // what a process killed after the command was recorded, before its answer was kept, leaves of the key
        jdbc.sql("UPDATE idempotency_key SET state = 'RECORDED', status = NULL, location = NULL,"
                        + " ledger_version = NULL, content_type = NULL, body = NULL, claimed_at = ? WHERE idem_key = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC), key).update();
        refused(409, "idempotency.in-flight", () -> keyed.post(commitments, body));

        lapse(key);
        Http.Answer retry = accepted(201, keyed.post(commitments, body));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).as("the id is the key's, not a new one").isEqualTo(first.header("Location"));
        assertThat(retry.text()).isEqualTo(first.text());
        assertThat(eventsInStore()).isEqualTo(events);
        Http.Answer again = accepted(201, keyed.post(commitments, body));
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(eventsInStore()).isEqualTo(events);
    }

    @Test
    void aRetryAfterTheRequestDiedBeforeItsCommandCarriesItOut() {
        String body = "{\"statement\": \"To carry out once\"}";
        String other = UUID.randomUUID().toString();
        Http.Answer elsewhere = accepted(201, http.with("Idempotency-Key", other).post(commitments, body));
        // what a process killed before the command was recorded leaves of the key: a claim on the same request
        jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, request_hash, state, created_at, expires_at,"
                        + " claim_token, claimed_at) SELECT caller, ?, request_hash, 'IN_FLIGHT', created_at,"
                        + " expires_at, 'ended', ? FROM idempotency_key WHERE idem_key = ?")
                .params(key, OffsetDateTime.now(ZoneOffset.UTC), other).update();
        Http keyed = http.with("Idempotency-Key", key);
        refused(409, "idempotency.in-flight", () -> keyed.post(commitments, body));

        lapse(key);
        long before = eventsInStore();
        Http.Answer retry = accepted(201, keyed.post(commitments, body));
        assertThat(retry.header("Idempotency-Replayed")).isNull();
        assertThat(retry.header("Location")).isNotEqualTo(elsewhere.header("Location"));
        assertThat(eventsInStore()).isEqualTo(before + 1);
        Http.Answer again = accepted(201, keyed.post(commitments, body));
        assertThat(again.text()).isEqualTo(retry.text());
        assertThat(eventsInStore()).isEqualTo(before + 1);
    }

    /** Makes the key's claim older than the in-flight limit, as if its holder had stopped answering long ago. */
    private void lapse(String idempotencyKey) {
        jdbc.sql("UPDATE idempotency_key SET claimed_at = ? WHERE idem_key = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5), idempotencyKey).update();
    }

    @Test
    void malformedKeysAndOversizedBodiesAreRefused() {
        refused(400, "idempotency.key-invalid", () -> http.with("Idempotency-Key", "x".repeat(300))
                .post(commitments, "{\"statement\": \"S\"}"));
        refused(413, "request.too-large", () -> http.post(commitments,
                "{\"statement\": \"" + "x".repeat(70_000) + "\"}"));
    }
}
