package org.partnershipledger.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.partnershipledger.api.partnership.Partnerships;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.projections.audit.AuditPage;
import org.partnershipledger.projections.audit.FindAuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** Every event of a partnership in order: who, what, when, on which decision, and why. */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}/audit-trail")
@Tag(name = "Audit trail")
class AuditTrailController {

    /** The largest page a client may ask for; CSV exports read every page. */
    static final int MAX_PAGE_SIZE = 1000;

    private final LedgerQueries queries;
    private final Partnerships partnerships;

    AuditTrailController(LedgerQueries queries, Partnerships partnerships) {
        this.queries = queries;
        this.partnerships = partnerships;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a page of the audit trail, filtered by time range, priority, partner or event type")
    AuditPage page(@PathVariable PartnershipId partnershipId,
                   @Parameter(description = "recorded at or after (ISO-8601 instant)")
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                   @Parameter(description = "recorded before (ISO-8601 instant)")
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                   @RequestParam(required = false) PriorityId priorityId,
                   @RequestParam(required = false) PartnerId partnerId,
                   @Parameter(description = "event type, e.g. BudgetPledged")
                   @RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{1,80}") String eventType,
                   @RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_PAGE_SIZE) int size,
                   @Parameter(description = "the trail as it stood at this instant (ISO-8601): recorded at or before")
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
        partnerships.requireExists(partnershipId);
        return queries.one(new FindAuditTrail(partnershipId, from, until(to, asOf), priorityId, partnerId, eventType,
                page, size), AuditPage.class);
    }

    @GetMapping(produces = "text/csv")
    @Operation(summary = "Export the (filtered) audit trail as CSV (RFC 4180, UTF-8), every matching entry")
    ResponseEntity<String> csv(@PathVariable PartnershipId partnershipId,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant to,
                               @RequestParam(required = false) PriorityId priorityId,
                               @RequestParam(required = false) PartnerId partnerId,
                               @RequestParam(required = false) @Pattern(regexp = "[A-Za-z]{1,80}") String eventType,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                               Instant asOf) {
        partnerships.requireExists(partnershipId);
        to = until(to, asOf);
        AuditCsv csv = new AuditCsv();
        int page = 0;
        AuditPage current;
        do {
            current = queries.one(new FindAuditTrail(partnershipId, from, to, priorityId, partnerId, eventType, page++,
                    MAX_PAGE_SIZE), AuditPage.class);
            csv.append(current.entries());
        } while ((long) page * MAX_PAGE_SIZE < current.totalEntries());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + partnershipId + "-audit-trail.csv\"")
                .body(csv.toString());
    }

    /** The exclusive end of the trail: {@code to}, or just after {@code asOf} when that comes first. */
    private static Instant until(Instant to, Instant asOf) {
        if (asOf == null) {
            return to;
        }
        Instant justAfter = asOf.plusNanos(1);
        return to == null || justAfter.isBefore(to) ? justAfter : to;
    }
}
