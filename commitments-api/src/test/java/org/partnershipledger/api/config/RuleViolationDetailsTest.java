package org.partnershipledger.api.config;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.serialization.LedgerSerializer;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule violation keeps its code when only a message and details cross the wire, as through Axon Server. */
class RuleViolationDetailsTest {

    @Test
    void theHandlingSideWrapsAViolationWithItsCode() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("x"));
        try {
            assertThatThrownBy(() -> RuleViolationDetails.interceptor().handle(
                    (DefaultUnitOfWork) unitOfWork, () -> {
                        throw new RuleViolation(Rule.PRIORITY_CLOSED, "priority 'p' is achieved");
                    }))
                    .isInstanceOfSatisfying(CommandExecutionException.class, e -> assertThat(e.getDetails())
                            .contains(new RuleViolationDetails("priority.closed", "priority 'p' is achieved")));
        } finally {
            unitOfWork.rollback();
        }
    }

    @Test
    void theSendingSideRecoversTheViolationFromDetailsAlone() {
        JacksonSerializer serializer = LedgerSerializer.create();
        Object details = serializer.deserialize(serializer.serialize(
                new RuleViolationDetails("partner.has-left", "partner 'x' has left"), byte[].class));
        CommandExecutionException remote = new CommandExecutionException("partner 'x' has left", null, details);

        assertThat(RuleViolationDetails.of(remote)).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo(Rule.PARTNER_HAS_LEFT);
            assertThat(v.getMessage()).isEqualTo("partner 'x' has left");
        });
        assertThat(RuleViolationDetails.of(new CommandExecutionException("boom", null, "other"))).isEmpty();
    }
}
