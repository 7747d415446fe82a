package org.partnershipledger.projections.partnership;

/** A theme (matrix row) or governing principle (matrix column). */
public record AxisEntry(String id, String name, String description, boolean retired) {
}
