package org.partnershipledger.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.partnershipledger.api.partnership.Partnerships;
import org.partnershipledger.api.web.Csv;
import org.partnershipledger.api.web.LedgerQueries;
import org.partnershipledger.core.partner.PartnerId;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.priority.PriorityId;
import org.partnershipledger.projections.audit.AuditPage;
import org.partnershipledger.projections.audit.FindAuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every event of a partnership in order: who, what, when, on which decision, and why. */
@RestController
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

    @GetMapping(path = "/api/partnerships/{partnershipId}/audit-trail", produces = MediaType.APPLICATION_JSON_VALUE)
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

    @GetMapping(path = {"/api/partnerships/{partnershipId}/audit-trail",
            "/api/partnerships/{partnershipId}/exports/audit-trail.csv"}, produces = "text/csv")
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
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        AuditPage current;
        do {
            current = queries.one(new FindAuditTrail(partnershipId, from, to, priorityId, partnerId, eventType, page++,
                    MAX_PAGE_SIZE), AuditPage.class);
            current.entries().forEach(e -> rows.add(AuditCsv.row(e)));
        } while ((long) page * MAX_PAGE_SIZE < current.totalEntries());
        return Csv.attachment(partnershipId + "-audit-trail.csv", AuditCsv.HEADERS, rows);
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
