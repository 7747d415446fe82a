package org.partnershipledger.projections.priority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A priority as the read model holds it, without its money or measurements. */
public record PriorityRow(
        String priorityId,
        String themeId,
        String principleId,
        String title,
        String description,
        String status,
        String closingNote,
        String leadPartnerId,
        List<String> supportingPartnerIds,
        LocalDate horizonFrom,
        LocalDate horizonTo,
        Instant adoptedAt) {
}
