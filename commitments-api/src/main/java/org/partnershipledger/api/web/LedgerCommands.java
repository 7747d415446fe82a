package org.partnershipledger.api.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Metadata;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.Map;

/**
 * Sends commands on behalf of the caller and answers with the version of the partnership after the change,
 * so the caller can read its own write ({@code minVersion}).
 */
@Component
public class LedgerCommands {

    /** Recorded as the actor while requests are not authenticated. */
    public static final String UNAUTHENTICATED = "anonymous";

    private final CommandGateway commands;
    private final EventStore events;

    LedgerCommands(CommandGateway commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    /**
     * Sends a command for a partnership and waits for it to be decided.
     *
     * @return the partnership's version after the change: the sequence number of its last event (which may be a
     *         later event than this command's own, when another write came in between)
     */
    public long send(PartnershipId partnershipId, Object command, Principal caller) {
        String actor = caller == null ? UNAUTHENTICATED : caller.getName();
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(Metadata.ACTOR, actor)));
        return events.lastSequenceNumberFor(partnershipId.value())
                .orElseThrow(() -> new IllegalStateException("no events for " + partnershipId + " after a write"));
    }
}
