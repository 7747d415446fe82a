package org.partnershipledger.api.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.api.config.DurableWrites;
import org.partnershipledger.api.security.Grants;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Metadata;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends commands on behalf of the caller and answers with the version of the partnership after the change,
 * so the caller can read its own write ({@code minVersion}).
 */
@Component
public class LedgerCommands {

    private final CommandGateway commands;
    private final EventStore events;
    private final DurableWrites durable;

    LedgerCommands(CommandGateway commands, EventStore events, DurableWrites durable) {
        this.commands = commands;
        this.events = events;
        this.durable = durable;
    }

    /**
     * Sends a command for a partnership on behalf of the caller and waits for it to be decided and its events to be
     * durable. The caller is recorded as the actor; a partner representative's partners go along so that the ledger
     * lets it act for those only; an {@code If-Match} on the request makes the command conditional on the
     * partnership's version.
     * <p>
     * Under an {@code Idempotency-Key} the command carries the request's claim on the key, and one request sends one
     * command. A retry of a request whose command is already in the ledger sends nothing and answers the
     * partnership's version now ({@link IdempotencyKeys}).
     *
     * @return the partnership's version after the change: the sequence number of its last event (which may be a
     *         later event than this command's own, when another write came in between)
     */
    public long send(PartnershipId partnershipId, Object command, Principal caller) {
        Optional<IdempotencyClaim> claim = IdempotencyClaim.ofCurrentRequest();
        claim.ifPresent(IdempotencyClaim::sending);
        if (claim.isPresent() && claim.get().recorded()) {
            return version(partnershipId);
        }
        Map<String, Object> metadata = new HashMap<>();
        claim.ifPresent(c -> metadata.putAll(c.metadata()));
        metadata.put(Metadata.ACTOR, caller.getName());
        if (caller instanceof Authentication authentication) {
            Grants.of(authentication).actingFor(partnershipId.value())
                    .ifPresent(partners -> metadata.put(Metadata.ACTING_FOR, String.join(",", partners)));
        }
        IfMatch.ofCurrentRequest().ifPresent(version -> metadata.put(Metadata.EXPECTED_VERSION, version));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        durable.flush();
        return version(partnershipId);
    }

    private long version(PartnershipId partnershipId) {
        return events.lastSequenceNumberFor(partnershipId.value())
                .orElseThrow(() -> new IllegalStateException("no events for " + partnershipId + " after a write"));
    }
}
