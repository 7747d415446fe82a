package org.partnershipledger.projections.audit;

import java.util.List;

/** A page of the audit trail, with the number of entries that match the filters in all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long totalEntries) {
}
