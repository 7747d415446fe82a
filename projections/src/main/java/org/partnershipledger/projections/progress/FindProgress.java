package org.partnershipledger.projections.progress;

import org.partnershipledger.core.partnership.PartnershipId;

import java.time.LocalDate;

/** Finds the outcome progress of a partnership's indicators, judged on a day (staleness depends on it). */
public record FindProgress(PartnershipId partnershipId, LocalDate on) {
}
