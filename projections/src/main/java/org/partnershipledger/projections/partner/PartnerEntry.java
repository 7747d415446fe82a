package org.partnershipledger.projections.partner;

import java.time.Instant;

/** A partner organisation; {@code active} is false once it has left. */
public record PartnerEntry(String partnerId, String name, String sector, boolean active, Instant admittedAt,
                           Instant leftAt) {
}
