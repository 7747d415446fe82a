package org.partnershipledger.api.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.partnershipledger.api.priority.Priorities;
import org.partnershipledger.api.web.DecisionBody;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.NewIds;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.api.web.Receipt;
import org.partnershipledger.core.indicator.DefineIndicator;
import org.partnershipledger.core.indicator.IndicatorId;
import org.partnershipledger.core.indicator.Measure;
import org.partnershipledger.core.indicator.OutcomeId;
import org.partnershipledger.core.indicator.Polarity;
import org.partnershipledger.core.indicator.RecordOutcome;
import org.partnershipledger.core.indicator.ReviseIndicatorTarget;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.core.shared.Rule;
import org.partnershipledger.core.shared.RuleViolation;
import org.partnershipledger.projections.indicator.FindOutcomes;
import org.partnershipledger.projections.indicator.IndicatorEntry;
import org.partnershipledger.projections.indicator.OutcomeEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** How a priority's progress is measured, and the outcomes partners report. */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}/priorities/{priorityId}/indicators")
@Tag(name = "Indicators and outcomes")
class IndicatorController {

    private final LedgerCommands commands;
    private final LedgerQueries queries;
    private final Priorities priorities;
    private final AsOf asOf;

    IndicatorController(LedgerCommands commands, LedgerQueries queries, Priorities priorities, AsOf asOf) {
        this.asOf = asOf;
        this.commands = commands;
        this.queries = queries;
        this.priorities = priorities;
    }

    record MeasureBody(@NotNull BigDecimal value, @NotNull LocalDate on) {
        Measure toMeasure() {
            return new Measure(value, on);
        }
    }

    record Define(
            @Pattern(regexp = NewIds.PATTERN) String id,
            @NotBlank @Size(max = 300) String name,
            @NotBlank @Size(max = 300) String unit,
            @NotNull Polarity polarity,
            @NotNull @Valid MeasureBody baseline,
            @NotNull @Valid MeasureBody target,
            @PositiveOrZero BigDecimal tolerance,
            @NotNull @Min(1) @Max(60) Integer reportingIntervalMonths,
            @Valid DecisionBody decision) {
    }

    record ReviseTarget(@NotNull @Valid MeasureBody target, @NotBlank @Size(max = 4000) String reason,
                        @Valid DecisionBody decision) {
    }

    record Outcome(
            @Pattern(regexp = NewIds.PATTERN) String id,
            @NotNull PartnerId reportedBy,
            @NotNull BigDecimal value,
            @NotNull LocalDate measuredOn,
            @Size(max = 2000) String evidence,
            @Size(max = 4000) String note,
            @Valid DecisionBody decision) {
    }

    @PostMapping
    @Operation(summary = "Define an indicator: unit, polarity, baseline, target, amber tolerance, reporting interval")
    ResponseEntity<Receipt> define(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                   @Valid @RequestBody Define body, Principal caller) {
        IndicatorId id = new IndicatorId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new DefineIndicator(partnershipId, priorityId, id, body.name(),
                body.unit(), body.polarity(), body.baseline().toMeasure(), body.target().toMeasure(),
                body.tolerance(), body.reportingIntervalMonths(), DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/priorities/{r}/indicators/{id}", partnershipId.value(), priorityId.value(),
                id.value());
    }

    @PostMapping("/{indicatorId}/target")
    @Operation(summary = "Revise an indicator's target")
    ResponseEntity<Receipt> reviseTarget(@PathVariable PartnershipId partnershipId,
                                         @PathVariable PriorityId priorityId, @PathVariable IndicatorId indicatorId,
                                         @Valid @RequestBody ReviseTarget body, Principal caller) {
        long version = commands.send(partnershipId, new ReviseIndicatorTarget(partnershipId, priorityId, indicatorId,
                body.target().toMeasure(), body.reason(), DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, indicatorId.value());
    }

    @PostMapping("/{indicatorId}/outcomes")
    @Operation(summary = "Record an outcome: a measured value at a date, with optional evidence link")
    ResponseEntity<Receipt> record(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                   @PathVariable IndicatorId indicatorId, @Valid @RequestBody Outcome body,
                                   Principal caller) {
        OutcomeId id = new OutcomeId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new RecordOutcome(partnershipId, priorityId, indicatorId, id,
                body.reportedBy(), body.value(), body.measuredOn(), evidence(body.evidence()), body.note(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/priorities/{r}/indicators/{i}/outcomes/{id}", partnershipId.value(),
                priorityId.value(), indicatorId.value(), id.value());
    }

    @GetMapping
    @Operation(summary = "List a priority's indicators with their latest outcomes")
    List<IndicatorEntry> all(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId) {
        return priorities.view(partnershipId, priorityId).indicators();
    }

    @GetMapping("/{indicatorId}")
    @Operation(summary = "Read one indicator with its latest outcomes")
    IndicatorEntry one(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                       @PathVariable IndicatorId indicatorId) {
        return all(partnershipId, priorityId).stream().filter(i -> i.indicatorId().equals(indicatorId.value()))
                .findFirst()
                .orElseThrow(() -> new NotFound("indicator.not-found",
                        "no indicator '" + indicatorId + "' on this priority"));
    }

    @GetMapping("/{indicatorId}/outcomes")
    @Operation(summary = "List every outcome of an indicator, by date measured")
    List<OutcomeEntry> outcomes(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                                @PathVariable IndicatorId indicatorId) {
        one(partnershipId, priorityId, indicatorId);
        FindOutcomes find = new FindOutcomes(partnershipId, indicatorId);
        return asOf.answer(partnershipId.value(), q -> Optional.of(q.indicators().handle(find)),
                () -> Optional.of(queries.list(find, OutcomeEntry.class))).orElseThrow();
    }

    @GetMapping("/{indicatorId}/outcomes/{outcomeId}")
    @Operation(summary = "Read one outcome")
    OutcomeEntry outcome(@PathVariable PartnershipId partnershipId, @PathVariable PriorityId priorityId,
                         @PathVariable IndicatorId indicatorId, @PathVariable OutcomeId outcomeId) {
        return outcomes(partnershipId, priorityId, indicatorId).stream()
                .filter(o -> o.outcomeId().equals(outcomeId.value())).findFirst()
                .orElseThrow(() -> new NotFound("outcome.not-found", "no outcome '" + outcomeId + "'"));
    }

    private static URI evidence(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            throw new RuleViolation(Rule.EVIDENCE_LINK_INVALID, "evidence '" + link + "' is not a link: "
                    + e.getReason());
        }
    }
}
