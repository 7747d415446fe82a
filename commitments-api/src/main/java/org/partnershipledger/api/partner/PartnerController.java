package org.partnershipledger.api.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.partnershipledger.api.partnership.Partnerships;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.DecisionBody;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.api.web.MoneyBody;
import org.partnershipledger.api.web.NewIds;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.api.web.Receipt;
import org.partnershipledger.core.partner.AdmitPartner;
import org.partnershipledger.core.partner.DeclareResources;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partner.RecordPartnerLeaving;
import org.partnershipledger.core.partner.Sector;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.partner.FindPartnerCommitments;
import org.partnershipledger.projections.partner.PartnerCommitments;
import org.partnershipledger.projections.partner.PartnerEntry;
import org.partnershipledger.projections.partner.ResourceDeclarationEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** Partner organisations, the resources they declare in the place, and what each stands committed to. */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}/partners")
@Tag(name = "Partners", description = "Partners, their resource declarations (the Total Place count) and commitments")
class PartnerController {

    /** Financial years appear in paths as {@code 2010-11}, since a slash cannot. */
    private static final String YEAR_IN_PATH = "\\d{4}-\\d{2}";

    private final LedgerCommands commands;
    private final LedgerQueries queries;
    private final Partnerships partnerships;
    private final AsOf asOf;

    PartnerController(LedgerCommands commands, LedgerQueries queries, Partnerships partnerships, AsOf asOf) {
        this.asOf = asOf;
        this.commands = commands;
        this.queries = queries;
        this.partnerships = partnerships;
    }

    record Admit(@Pattern(regexp = NewIds.PATTERN) String id, @NotBlank @Size(max = 300) String name,
                 @NotNull Sector sector, @Valid DecisionBody decision) {
    }

    record Leave(@NotBlank @Size(max = 4000) String reason, @Valid DecisionBody decision) {
    }

    record Declare(
            @NotNull @Pattern(regexp = "\\d{4}/\\d{2}") String financialYear,
            @NotNull @PositiveOrZero Integer staff,
            @PositiveOrZero Integer volunteers,
            @NotNull @Valid MoneyBody spend,
            @Size(max = 4000) String note,
            @Valid DecisionBody decision) {
    }

    @PostMapping
    @Operation(summary = "Admit an organisation as a partner")
    ResponseEntity<Receipt> admit(@PathVariable PartnershipId partnershipId, @Valid @RequestBody Admit body,
                                  Principal caller) {
        PartnerId id = new PartnerId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new AdmitPartner(partnershipId, id, body.name(), body.sector(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/partners/{id}", partnershipId.value(), id.value());
    }

    @PostMapping("/{partnerId}/leave")
    @Operation(summary = "Record that a partner left; it stops supporting open priorities")
    ResponseEntity<Receipt> leave(@PathVariable PartnershipId partnershipId, @PathVariable PartnerId partnerId,
                                  @Valid @RequestBody Leave body, Principal caller) {
        long version = commands.send(partnershipId, new RecordPartnerLeaving(partnershipId, partnerId, body.reason(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, partnerId.value());
    }

    @PostMapping("/{partnerId}/resource-declarations")
    @Operation(summary = "Declare a partner's staff, volunteers and spend in the place for a financial year; "
            + "a new declaration for the same year supersedes the earlier one")
    ResponseEntity<Receipt> declare(@PathVariable PartnershipId partnershipId, @PathVariable PartnerId partnerId,
                                    @Valid @RequestBody Declare body, Principal caller) {
        FinancialYear year = FinancialYear.parse(body.financialYear());
        long version = commands.send(partnershipId, new DeclareResources(partnershipId, partnerId, year,
                body.staff(), body.volunteers() == null ? 0 : body.volunteers(), body.spend().toMoney(), body.note(),
                DecisionBody.toDecision(body.decision())), caller);
        String yearInPath = year.toString().replace('/', '-');
        return Receipt.created(partnershipId.value(), version, yearInPath,
                "/api/partnerships/{p}/partners/{id}/resource-declarations/{year}", partnershipId.value(),
                partnerId.value(), yearInPath);
    }

    @GetMapping
    @Operation(summary = "List the partners, those that left included")
    List<PartnerEntry> all(@PathVariable PartnershipId partnershipId) {
        return partnerships.view(partnershipId).partners();
    }

    @GetMapping("/{partnerId}")
    @Operation(summary = "Read one partner")
    PartnerEntry one(@PathVariable PartnershipId partnershipId, @PathVariable PartnerId partnerId) {
        return partnerships.view(partnershipId).partners().stream()
                .filter(p -> p.partnerId().equals(partnerId.value())).findFirst()
                .orElseThrow(() -> partnerNotFound(partnerId));
    }

    @GetMapping("/{partnerId}/resource-declarations")
    @Operation(summary = "List a partner's resource declarations, the latest for each financial year")
    List<ResourceDeclarationEntry> declarations(@PathVariable PartnershipId partnershipId,
                                                @PathVariable PartnerId partnerId) {
        one(partnershipId, partnerId);
        return partnerships.view(partnershipId).resourceDeclarations().stream()
                .filter(d -> d.partnerId().equals(partnerId.value())).toList();
    }

    @GetMapping("/{partnerId}/resource-declarations/{year:" + YEAR_IN_PATH + "}")
    @Operation(summary = "Read a partner's declaration for one financial year (written 2010-11 in the path)")
    ResourceDeclarationEntry declaration(@PathVariable PartnershipId partnershipId, @PathVariable PartnerId partnerId,
                                         @PathVariable String year) {
        String financialYear = year.replace('-', '/');
        return declarations(partnershipId, partnerId).stream()
                .filter(d -> d.financialYear().equals(financialYear)).findFirst()
                .orElseThrow(() -> new NotFound("resource-declaration.not-found",
                        "partner '" + partnerId + "' declared nothing for " + financialYear));
    }

    @GetMapping("/{partnerId}/commitments")
    @Operation(summary = "What a partner leads, supports, pledged, spent, reported and declared")
    PartnerCommitments commitments(@PathVariable PartnershipId partnershipId, @PathVariable PartnerId partnerId,
                                   @Parameter(description = AsOf.FINANCIAL_YEAR)
                                   @RequestParam(required = false) FinancialYear financialYear) {
        partnerships.requireExists(partnershipId);
        FindPartnerCommitments find = new FindPartnerCommitments(partnershipId, partnerId, financialYear);
        return asOf.answer(partnershipId.value(), q -> q.partners().handle(find),
                        () -> queries.optional(find, PartnerCommitments.class))
                .orElseThrow(() -> partnerNotFound(partnerId));
    }

    private static NotFound partnerNotFound(PartnerId partnerId) {
        return new NotFound("partner.not-found", "no partner '" + partnerId + "' in this partnership");
    }
}
