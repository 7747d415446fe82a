package org.partnershipledger.api.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.api.ApiTest;
import org.partnershipledger.core.partnership.AgreeSharedCommitment;
import org.partnershipledger.core.partnership.CommitmentId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Metadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ProblemDetail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A command sent under a claim on an Idempotency-Key marks the claim recorded in its own transaction, and only
 * while the claim is its own: an attempt whose key a retry took over records nothing.
 */
class IdempotentCommandsTest extends ApiTest {

    @Autowired
    private CommandGateway commands;

    private PartnershipId partnership;
    private String key;

    @BeforeEach
    void aClaim() {
        partnership = new PartnershipId(newPartnership());
        key = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO idempotency_key (caller, idem_key, request_hash, state, created_at, expires_at,"
                        + " claim_token, claimed_at) VALUES ('clerk', ?, 'hash', 'IN_FLIGHT', ?, ?, 'current', ?)")
                .params(key, now, now.plusDays(1), now).update();
    }

    @Test
    void theHolderOfTheClaimRecordsTheCommandAndTheMarkTogether() {
        long before = eventsInStore();
        commands.sendAndWait(agree("held", "current"));
        assertThat(eventsInStore()).isEqualTo(before + 1);
        assertThat(state()).isEqualTo("RECORDED");
    }

    @Test
    void anAttemptWhoseClaimWasTakenOverRecordsNothing() {
        long before = eventsInStore();
        assertThatThrownBy(() -> commands.sendAndWait(agree("superseded", "taken-over")))
                .isInstanceOf(IdempotentCommands.ClaimSuperseded.class);
        assertThat(eventsInStore()).isEqualTo(before);
        assertThat(state()).isEqualTo("IN_FLIGHT");
    }

    @Test
    void theSupersededAttemptIsAnsweredWithAConflictOfItsOwn() {
        ProblemDetail problem = new Problems(null).superseded(new IdempotentCommands.ClaimSuperseded());
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("code", "idempotency.superseded");
    }

    @Test
    void aClaimAlreadyRecordedIsNotRecordedTwice() {
        commands.sendAndWait(agree("first", "current"));
        long before = eventsInStore();
        assertThatThrownBy(() -> commands.sendAndWait(agree("second", "current")))
                .isInstanceOf(IdempotentCommands.ClaimSuperseded.class);
        assertThat(eventsInStore()).isEqualTo(before);
    }

    @Test
    void aCommandTheLedgerRefusesLeavesTheClaimInFlight() {
        commands.sendAndWait(agree("taken", "current"));
        jdbc.sql("UPDATE idempotency_key SET state = 'IN_FLIGHT' WHERE idem_key = ?").param(key).update();
        assertThatThrownBy(() -> commands.sendAndWait(agree("taken", "current")))
                .hasMessageContaining("taken");
        assertThat(state()).isEqualTo("IN_FLIGHT");
    }

    private GenericCommandMessage<AgreeSharedCommitment> agree(String commitment, String token) {
        Map<String, Object> metadata = new HashMap<>(
                new IdempotencyClaim("clerk", key, "hash", Instant.EPOCH, token, false).metadata());
        metadata.put(Metadata.ACTOR, "clerk");
        return new GenericCommandMessage<>(new AgreeSharedCommitment(partnership, new CommitmentId(commitment),
                "To keep one record", null), metadata);
    }

    private String state() {
        return jdbc.sql("SELECT state FROM idempotency_key WHERE idem_key = ?").param(key).query(String.class)
                .single();
    }
}
