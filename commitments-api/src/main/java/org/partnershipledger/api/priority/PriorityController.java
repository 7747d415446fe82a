package org.partnershipledger.api.priority;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.api.partnership.Partnerships;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.DecisionBody;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NewIds;
import org.partnershipledger.api.web.Receipt;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.core.priority.AchievePriority;
import org.partnershipledger.core.priority.AddSupportingPartner;
import org.partnershipledger.core.priority.AdoptPriority;
import org.partnershipledger.core.priority.ChangePriorityLead;
import org.partnershipledger.core.priority.MovePriority;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.priority.RemoveSupportingPartner;
import org.partnershipledger.core.priority.RetirePriority;
import org.partnershipledger.core.priority.RevisePriority;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.core.shared.Horizon;
import org.partnershipledger.projections.priority.FindPriorities;
import org.partnershipledger.projections.priority.PriorityRow;
import org.partnershipledger.projections.priority.PriorityView;
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
import java.util.Optional;
import java.util.Set;

/** Shared priorities: adopted into a cell of the matrix, revised, moved, handed over, achieved or retired. */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}/priorities")
@Tag(name = "Priorities", description = "Shared priorities in the themes × principles matrix")
class PriorityController {

    private final LedgerCommands commands;
    private final LedgerQueries queries;
    private final Partnerships partnerships;
    private final Priorities priorities;
    private final AsOf asOf;

    PriorityController(LedgerCommands commands, LedgerQueries queries, Partnerships partnerships,
                       Priorities priorities, AsOf asOf) {
        this.asOf = asOf;
        this.commands = commands;
        this.queries = queries;
        this.partnerships = partnerships;
        this.priorities = priorities;
    }

    record HorizonBody(@NotNull LocalDate from, @NotNull LocalDate to) {
        Horizon toHorizon() {
            return new Horizon(from, to);
        }
    }

    record Adopt(
            @Pattern(regexp = NewIds.PATTERN) String id,
            @NotNull ThemeId themeId,
            @NotNull PrincipleId principleId,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String description,
            @NotNull PartnerId leadPartnerId,
            @Size(max = 100) Set<PartnerId> supportingPartnerIds,
            @NotNull @Valid HorizonBody horizon,
            @Valid DecisionBody decision) {
    }

    record Revise(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                  @NotNull @Valid HorizonBody horizon, @Valid DecisionBody decision) {
    }

    record Move(@NotNull ThemeId themeId, @NotNull PrincipleId principleId, @Valid DecisionBody decision) {
    }

    record Lead(@NotNull PartnerId leadPartnerId, @Valid DecisionBody decision) {
    }

    record Support(@NotNull PartnerId partnerId, @Valid DecisionBody decision) {
    }

    record EndSupport(@Size(max = 4000) String reason, @Valid DecisionBody decision) {
    }

    record Achieve(@Size(max = 4000) String note, @Valid DecisionBody decision) {
    }

    record Retire(@NotBlank @Size(max = 4000) String reason, @Valid DecisionBody decision) {
    }

    @PostMapping
    @Operation(summary = "Adopt a priority into a cell of the matrix, with a lead and supporting partners")
    ResponseEntity<Receipt> adopt(@PathVariable PartnershipId partnershipId, @Valid @RequestBody Adopt body,
                                  Principal caller) {
        PriorityId id = new PriorityId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new AdoptPriority(partnershipId, id, body.themeId(),
                body.principleId(), body.title(), body.description(), body.leadPartnerId(),
                body.supportingPartnerIds(), body.horizon().toHorizon(), DecisionBody.toDecision(body.decision())),
                caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/priorities/{id}", partnershipId.value(), id.value());
    }

    @PostMapping("/{priorityId}/revise")
    @Operation(summary = "Revise a priority's title, description and horizon")
    ResponseEntity<Receipt> revise(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                   @Valid @RequestBody Revise body, Principal caller) {
        return changed(partnershipId, priorityId, new RevisePriority(partnershipId, priorityId, body.title(),
                body.description(), body.horizon().toHorizon(), DecisionBody.toDecision(body.decision())), caller);
    }

    @PostMapping("/{priorityId}/move")
    @Operation(summary = "Move a priority to another cell of the matrix")
    ResponseEntity<Receipt> move(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                 @Valid @RequestBody Move body, Principal caller) {
        return changed(partnershipId, priorityId, new MovePriority(partnershipId, priorityId, body.themeId(),
                body.principleId(), DecisionBody.toDecision(body.decision())), caller);
    }

    @PostMapping("/{priorityId}/lead")
    @Operation(summary = "Hand the lead of a priority to another partner")
    ResponseEntity<Receipt> lead(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                 @Valid @RequestBody Lead body, Principal caller) {
        return changed(partnershipId, priorityId, new ChangePriorityLead(partnershipId, priorityId,
                body.leadPartnerId(), DecisionBody.toDecision(body.decision())), caller);
    }

    @PostMapping("/{priorityId}/supporting-partners")
    @Operation(summary = "Add a supporting partner")
    ResponseEntity<Receipt> support(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                    @Valid @RequestBody Support body, Principal caller) {
        return changed(partnershipId, priorityId, new AddSupportingPartner(partnershipId, priorityId,
                body.partnerId(), DecisionBody.toDecision(body.decision())), caller);
    }

    @PostMapping("/{priorityId}/supporting-partners/{partnerId}/remove")
    @Operation(summary = "Remove a supporting partner")
    ResponseEntity<Receipt> endSupport(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                       @PathVariable PartnerId partnerId, @Valid @RequestBody EndSupport body,
                                       Principal caller) {
        return changed(partnershipId, priorityId, new RemoveSupportingPartner(partnershipId, priorityId, partnerId,
                body.reason(), DecisionBody.toDecision(body.decision())), caller);
    }

    @PostMapping("/{priorityId}/achieve")
    @Operation(summary = "Record that a priority was achieved; it closes to pledges and outcomes")
    ResponseEntity<Receipt> achieve(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                    @Valid @RequestBody Achieve body, Principal caller) {
        return changed(partnershipId, priorityId, new AchievePriority(partnershipId, priorityId, body.note(),
                DecisionBody.toDecision(body.decision())), caller);
    }

    @PostMapping("/{priorityId}/retire")
    @Operation(summary = "Retire a priority without it being achieved; it closes to pledges and outcomes")
    ResponseEntity<Receipt> retire(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                   @Valid @RequestBody Retire body, Principal caller) {
        return changed(partnershipId, priorityId, new RetirePriority(partnershipId, priorityId, body.reason(),
                DecisionBody.toDecision(body.decision())), caller);
    }

    @GetMapping
    @Operation(summary = "List the priorities, in the order adopted")
    List<PriorityRow> all(@PathVariable PartnershipId partnershipId) {
        partnerships.requireExists(partnershipId);
        FindPriorities find = new FindPriorities(partnershipId);
        return asOf.answer(partnershipId.value(), q -> Optional.of(q.priorities().handle(find)),
                () -> Optional.of(queries.list(find, PriorityRow.class))).orElseThrow();
    }

    @GetMapping("/{priorityId}")
    @Operation(summary = "Read a priority with its pledges, spend, indicators and latest outcomes")
    PriorityView one(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                     @Parameter(description = AsOf.FINANCIAL_YEAR)
                     @RequestParam(required = false) FinancialYear financialYear) {
        return priorities.view(partnershipId, priorityId, financialYear);
    }

    private ResponseEntity<Receipt> changed(PartnershipId partnershipId, PriorityId priorityId, Object command,
                                            Principal caller) {
        long version = commands.send(partnershipId, command, caller);
        return Receipt.changed(partnershipId.value(), version, priorityId.value());
    }
}
