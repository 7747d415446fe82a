package org.partnershipledger.api.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.api.config.LedgerProperties;
import org.partnershipledger.api.web.AsOf;
import org.partnershipledger.api.web.Csv;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.shared.FinancialYear;
import org.partnershipledger.projections.AsOfReadModels;
import org.partnershipledger.projections.matrix.FindMatrix;
import org.partnershipledger.projections.partnership.FindPartnership;
import org.partnershipledger.projections.partnership.PartnershipView;
import org.partnershipledger.projections.priority.FindPriorities;
import org.partnershipledger.projections.progress.FindProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Downloads for spreadsheets and open-data portals, computed from the same read models as the API and, like every
 * read, as of any past instant. The audit trail's CSV is at {@code exports/audit-trail.csv} too (auditors and the
 * secretariat only).
 */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}/exports")
@Tag(name = "Exports", description = "CSV (RFC 4180, UTF-8, stable columns) and 360Giving JSON")
class ExportController {

    private final AsOf asOf;
    private final LedgerProperties properties;
    private final String threeSixtyGivingPrefix;

    ExportController(AsOf asOf, LedgerProperties properties,
                     @Value("${ledger.three-sixty-giving.prefix:360G-ledger}") String threeSixtyGivingPrefix) {
        this.asOf = asOf;
        this.properties = properties;
        this.threeSixtyGivingPrefix = threeSixtyGivingPrefix;
    }

    @GetMapping("/matrix.csv")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "export as of this past instant")
    @Operation(summary = "The matrix as CSV: one row per priority (and currency), empty cells included")
    ResponseEntity<String> matrix(@PathVariable PartnershipId partnershipId,
                                  @Parameter(description = AsOf.FINANCIAL_YEAR)
                                  @RequestParam(required = false) FinancialYear financialYear) {
        FindProgress progress = new FindProgress(partnershipId, asOf.day());
        FindMatrix find = new FindMatrix(partnershipId, financialYear);
        return csv(partnershipId, "matrix", CsvExports.MATRIX, q -> q.matrix().handle(find)
                .flatMap(m -> q.progress().handle(progress).map(p -> CsvExports.matrix(m, p))));
    }

    @GetMapping("/pledges.csv")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "export as of this past instant")
    @Operation(summary = "Every pledge as CSV, withdrawn ones included")
    ResponseEntity<String> pledges(@PathVariable PartnershipId partnershipId,
                                   @Parameter(description = AsOf.FINANCIAL_YEAR)
                                   @RequestParam(required = false) FinancialYear financialYear) {
        return csv(partnershipId, "pledges", CsvExports.PLEDGES,
                q -> existing(q, partnershipId).map(id -> CsvExports.pledges(q.pledges().all(id, financialYear))));
    }

    @GetMapping("/spend.csv")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "export as of this past instant")
    @Operation(summary = "Every spend recorded against a pledge, as CSV")
    ResponseEntity<String> spend(@PathVariable PartnershipId partnershipId,
                                 @Parameter(description = AsOf.FINANCIAL_YEAR)
                                 @RequestParam(required = false) FinancialYear financialYear) {
        return csv(partnershipId, "spend", CsvExports.SPEND,
                q -> existing(q, partnershipId).map(id -> CsvExports.spend(q.pledges().all(id, financialYear))));
    }

    @GetMapping("/outcomes.csv")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "export as of this past instant")
    @Operation(summary = "Every outcome recorded, with the trajectory's expected value and RAG at its date, as CSV")
    ResponseEntity<String> outcomes(@PathVariable PartnershipId partnershipId) {
        return csv(partnershipId, "outcomes", CsvExports.OUTCOMES, q -> existing(q, partnershipId)
                .map(id -> CsvExports.outcomes(q.indicators().all(id), q.indicators().outcomes(id))));
    }

    @GetMapping("/resource-declarations.csv")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "export as of this past instant")
    @Operation(summary = "The resources each partner declared per financial year (the latest declaration), as CSV")
    ResponseEntity<String> resourceDeclarations(@PathVariable PartnershipId partnershipId) {
        return csv(partnershipId, "resource-declarations", CsvExports.RESOURCE_DECLARATIONS,
                q -> existing(q, partnershipId).map(id -> CsvExports.resourceDeclarations(
                        q.partnerReads().partners(id), q.partnerReads().declarations(id))));
    }

    @GetMapping(path = "/360giving.json", produces = "application/json")
    @Parameter(name = AsOf.PARAMETER, in = ParameterIn.QUERY, description = "export as of this past instant")
    @Operation(summary = "Committed pledges as a 360Giving Data Standard JSON package of grants")
    ResponseEntity<ThreeSixtyGiving> threeSixtyGiving(@PathVariable PartnershipId partnershipId) {
        ThreeSixtyGiving grants = asOf.read(partnershipId.value(), q -> q.partnerships()
                        .handle(new FindPartnership(partnershipId))
                        .map(p -> ThreeSixtyGiving.of(threeSixtyGivingPrefix, properties.timeZone(), p,
                                q.priorities().handle(new FindPriorities(partnershipId)),
                                q.pledges().all(p.partnershipId()))))
                .orElseThrow(() -> NotFound.partnership(partnershipId.value()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(partnershipId + "-360giving.json").build().toString())
                .body(grants);
    }

    private ResponseEntity<String> csv(PartnershipId partnershipId, String name, List<String> headers,
                                       Function<AsOfReadModels.Queries, Optional<List<List<Object>>>> rows) {
        return Csv.attachment(partnershipId + "-" + name + ".csv", headers, asOf.read(partnershipId.value(), rows)
                .orElseThrow(() -> NotFound.partnership(partnershipId.value())));
    }

    /** The partnership's id when it exists in these read models. */
    private static Optional<String> existing(AsOfReadModels.Queries q, PartnershipId partnershipId) {
        return q.partnerships().handle(new FindPartnership(partnershipId)).map(PartnershipView::partnershipId);
    }
}
