package org.partnershipledger.api.partnership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.api.web.DecisionBody;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.api.web.NewIds;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.api.web.Receipt;
import org.partnershipledger.core.partnership.AgreeSharedCommitment;
import org.partnershipledger.core.partnership.CommitmentId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.RewordSharedCommitment;
import org.partnershipledger.core.partnership.WithdrawSharedCommitment;
import org.partnershipledger.projections.partnership.CommitmentEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** Statements every partner signs up to, such as "to be open and transparent with all partners". */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}/commitments")
@Tag(name = "Shared commitments")
class SharedCommitmentController {

    private final LedgerCommands commands;
    private final Partnerships partnerships;

    SharedCommitmentController(LedgerCommands commands, Partnerships partnerships) {
        this.commands = commands;
        this.partnerships = partnerships;
    }

    record Agree(@Pattern(regexp = NewIds.PATTERN) String id, @NotBlank @Size(max = 4000) String statement,
                 @Valid DecisionBody decision) {
    }

    record Reword(@NotBlank @Size(max = 4000) String statement, @Valid DecisionBody decision) {
    }

    record Withdraw(@NotBlank @Size(max = 4000) String reason, @Valid DecisionBody decision) {
    }

    @PostMapping
    @Operation(summary = "Agree a shared commitment")
    ResponseEntity<Receipt> agree(@PathVariable PartnershipId partnershipId, @Valid @RequestBody Agree body,
                                  Principal caller) {
        CommitmentId id = new CommitmentId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new AgreeSharedCommitment(partnershipId, id, body.statement(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/commitments/{c}", partnershipId.value(), id.value());
    }

    @PostMapping("/{commitmentId}/reword")
    @Operation(summary = "Reword a shared commitment")
    ResponseEntity<Receipt> reword(@PathVariable PartnershipId partnershipId,
                                   @PathVariable CommitmentId commitmentId, @Valid @RequestBody Reword body,
                                   Principal caller) {
        long version = commands.send(partnershipId, new RewordSharedCommitment(partnershipId, commitmentId,
                body.statement(), DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, commitmentId.value());
    }

    @PostMapping("/{commitmentId}/withdraw")
    @Operation(summary = "Withdraw a shared commitment")
    ResponseEntity<Receipt> withdraw(@PathVariable PartnershipId partnershipId,
                                     @PathVariable CommitmentId commitmentId, @Valid @RequestBody Withdraw body,
                                     Principal caller) {
        long version = commands.send(partnershipId, new WithdrawSharedCommitment(partnershipId, commitmentId,
                body.reason(), DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, commitmentId.value());
    }

    @GetMapping
    @Operation(summary = "List the shared commitments, withdrawn ones included")
    List<CommitmentEntry> all(@PathVariable PartnershipId partnershipId) {
        return partnerships.view(partnershipId).commitments();
    }

    @GetMapping("/{commitmentId}")
    @Operation(summary = "Read one shared commitment")
    CommitmentEntry one(@PathVariable PartnershipId partnershipId, @PathVariable CommitmentId commitmentId) {
        return partnerships.view(partnershipId).commitments().stream()
                .filter(c -> c.commitmentId().equals(commitmentId.value())).findFirst()
                .orElseThrow(() -> new NotFound("commitment.not-found",
                        "no shared commitment '" + commitmentId + "'"));
    }
}
