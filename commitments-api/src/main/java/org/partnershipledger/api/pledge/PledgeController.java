package org.partnershipledger.api.pledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.api.priority.Priorities;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.DecisionBody;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.api.web.MoneyBody;
import org.partnershipledger.api.web.NewIds;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.api.web.Receipt;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.pledge.PledgeBudget;
import org.partnershipledger.core.pledge.PledgeId;
import org.partnershipledger.core.pledge.PledgeKind;
import org.partnershipledger.core.pledge.PledgeStatus;
import org.partnershipledger.core.pledge.RecordSpend;
import org.partnershipledger.core.pledge.RevisePledge;
import org.partnershipledger.core.pledge.SpendId;
import org.partnershipledger.core.pledge.WithdrawPledge;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.pledge.PledgeEntry;
import org.partnershipledger.projections.pledge.SpendEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

/** Budget pledged by partners to a priority, revised or withdrawn by new events, and the spend against it. */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}/priorities/{priorityId}/pledges")
@Tag(name = "Pledges and spend", description = "Money pledged to priorities and actually spent, in pence")
class PledgeController {

    private final LedgerCommands commands;
    private final Priorities priorities;

    PledgeController(LedgerCommands commands, Priorities priorities) {
        this.commands = commands;
        this.priorities = priorities;
    }

    record Pledge(
            @Pattern(regexp = NewIds.PATTERN) String id,
            @NotNull PartnerId partnerId,
            @NotNull @Valid MoneyBody amount,
            @NotNull @Pattern(regexp = "\\d{4}/\\d{2}") String financialYear,
            PledgeKind kind,
            PledgeStatus status,
            @Valid DecisionBody decision) {
    }

    record Revise(@NotNull @Valid MoneyBody amount, PledgeStatus status, @NotBlank @Size(max = 4000) String reason,
                  @Valid DecisionBody decision) {
    }

    record Withdraw(@NotBlank @Size(max = 4000) String reason, @Valid DecisionBody decision) {
    }

    record Spend(@Pattern(regexp = NewIds.PATTERN) String id, @NotNull @Valid MoneyBody amount,
                 @NotNull LocalDate spentOn, @Size(max = 4000) String note, @Valid DecisionBody decision) {
    }

    @PostMapping
    @Operation(summary = "Pledge budget to a priority for a financial year (cash and indicative unless said)")
    ResponseEntity<Receipt> pledge(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                   @Valid @RequestBody Pledge body, Principal caller) {
        PledgeId id = new PledgeId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new PledgeBudget(partnershipId, priorityId, id, body.partnerId(),
                body.amount().toMoney(), FinancialYear.parse(body.financialYear()), body.kind(), body.status(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/priorities/{r}/pledges/{id}", partnershipId.value(), priorityId.value(),
                id.value());
    }

    @PostMapping("/{pledgeId}/revise")
    @Operation(summary = "Revise a pledge's amount (same currency) and, if given, its status")
    ResponseEntity<Receipt> revise(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                   @PathVariable PledgeId pledgeId, @Valid @RequestBody Revise body,
                                   Principal caller) {
        long version = commands.send(partnershipId, new RevisePledge(partnershipId, priorityId, pledgeId,
                body.amount().toMoney(), body.status(), body.reason(), DecisionBody.toDecision(body.decision())),
                caller);
        return Receipt.changed(partnershipId.value(), version, pledgeId.value());
    }

    @PostMapping("/{pledgeId}/withdraw")
    @Operation(summary = "Withdraw a pledge; spend already recorded stays on the record")
    ResponseEntity<Receipt> withdraw(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                     @PathVariable PledgeId pledgeId, @Valid @RequestBody Withdraw body,
                                     Principal caller) {
        long version = commands.send(partnershipId, new WithdrawPledge(partnershipId, priorityId, pledgeId,
                body.reason(), DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, pledgeId.value());
    }

    @PostMapping("/{pledgeId}/spend")
    @Operation(summary = "Record money actually spent against a pledge; spend above the pledge is flagged")
    ResponseEntity<Receipt> spend(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                  @PathVariable PledgeId pledgeId, @Valid @RequestBody Spend body,
                                  Principal caller) {
        SpendId id = new SpendId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new RecordSpend(partnershipId, priorityId, pledgeId, id,
                body.amount().toMoney(), body.spentOn(), body.note(), DecisionBody.toDecision(body.decision())),
                caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/priorities/{r}/pledges/{pl}/spend/{id}", partnershipId.value(),
                priorityId.value(), pledgeId.value(), id.value());
    }

    @GetMapping
    @Operation(summary = "List the pledges to a priority, withdrawn ones included")
    List<PledgeEntry> all(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                          @Parameter(description = AsOf.FINANCIAL_YEAR)
                          @RequestParam(required = false) FinancialYear financialYear) {
        return priorities.view(partnershipId, priorityId, financialYear).pledges();
    }

    @GetMapping("/{pledgeId}")
    @Operation(summary = "Read one pledge with its spend")
    PledgeEntry one(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                    @PathVariable PledgeId pledgeId) {
        return priorities.view(partnershipId, priorityId).pledges().stream().filter(p -> p.pledgeId().equals(pledgeId.value()))
                .findFirst()
                .orElseThrow(() -> new NotFound("pledge.not-found", "no pledge '" + pledgeId + "' on this priority"));
    }

    @GetMapping("/{pledgeId}/spend")
    @Operation(summary = "List the spend recorded against a pledge")
    List<SpendEntry> spendOf(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                             @PathVariable PledgeId pledgeId) {
        return one(partnershipId, priorityId, pledgeId).spend();
    }

    @GetMapping("/{pledgeId}/spend/{spendId}")
    @Operation(summary = "Read one record of spend")
    SpendEntry oneSpend(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                        @PathVariable PledgeId pledgeId, @PathVariable SpendId spendId) {
        return spendOf(partnershipId, priorityId, pledgeId).stream()
                .filter(s -> s.spendId().equals(spendId.value())).findFirst()
                .orElseThrow(() -> new NotFound("spend.not-found", "no spend '" + spendId + "' on this pledge"));
    }
}
