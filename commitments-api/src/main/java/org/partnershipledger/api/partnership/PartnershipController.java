package org.partnershipledger.api.partnership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.api.security.Grants;
import org.partnershipledger.api.web.DecisionBody;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NewIds;
import org.partnershipledger.api.web.Receipt;
import org.partnershipledger.core.partnership.EstablishPartnership;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;
import org.partnershipledger.projections.partnership.FindPartnerships;
import org.partnershipledger.projections.partnership.PartnershipSummary;
import org.partnershipledger.projections.partnership.PartnershipView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

@RestController
@RequestMapping("/api/partnerships")
@Tag(name = "Partnerships", description = "Establish partnerships and read them")
class PartnershipController {

    private final LedgerCommands commands;
    private final LedgerQueries queries;
    private final EventStore events;
    private final Partnerships partnerships;

    PartnershipController(LedgerCommands commands, LedgerQueries queries, EventStore events,
                          Partnerships partnerships) {
        this.commands = commands;
        this.queries = queries;
        this.events = events;
        this.partnerships = partnerships;
    }

    /** Establishes a partnership; its id is yours to choose (e.g. {@code sutton}) or generated. */
    record Establish(
            @Pattern(regexp = NewIds.PATTERN) String id,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 300) String place,
            @NotBlank @Size(max = 4000) String vision,
            @Valid DecisionBody decision) {
    }

    @PostMapping
    @Operation(summary = "Establish a partnership")
    ResponseEntity<Receipt> establish(@Valid @RequestBody Establish body, Principal caller) {
        PartnershipId id = new PartnershipId(NewIds.orRandom(body.id()));
        if (events.lastSequenceNumberFor(id.value()).isPresent()) {
            throw new RuleViolation(Rule.PARTNERSHIP_ALREADY_ESTABLISHED,
                    "partnership '" + id + "' is already established");
        }
        long version = commands.send(id, new EstablishPartnership(id, body.name(), body.place(), body.vision(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(id.value(), version, id.value(), "/api/partnerships/{id}", id.value());
    }

    @GetMapping
    @Operation(summary = "List the partnerships the caller holds grants in (all of them when reads are public)")
    List<PartnershipSummary> all(Principal caller) {
        List<PartnershipSummary> all = queries.list(new FindPartnerships(), PartnershipSummary.class);
        if (!(caller instanceof Authentication authentication)) {
            return all;
        }
        Grants grants = Grants.of(authentication);
        return all.stream().filter(p -> grants.hasAny(p.partnershipId())).toList();
    }

    @GetMapping("/{partnershipId}")
    @Operation(summary = "Read a partnership: its vision, matrix axes, shared commitments, partners and resources")
    PartnershipView one(@PathVariable PartnershipId partnershipId) {
        return partnerships.view(partnershipId);
    }
}
