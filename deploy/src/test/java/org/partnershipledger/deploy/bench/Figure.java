package org.partnershipledger.deploy.bench;

/**
 * One measured figure: the median over the runs, its unit, the target it is held against (if any), whether it met
 * it, and how it was measured.
 */
record Figure(String store, String name, double value, String unit, String target, Boolean met, String how) {

    static Figure of(String store, String name, double value, String unit, String how) {
        return new Figure(store, name, value, unit, "", null, how);
    }

    static Figure atMost(String store, String name, double value, String unit, double limit, String how) {
        return new Figure(store, name, value, unit, "< " + format(limit) + " " + unit, value < limit, how);
    }

    static Figure atLeast(String store, String name, double value, String unit, double floor, String how) {
        return new Figure(store, name, value, unit, "≥ " + format(floor) + " " + unit, value >= floor, how);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }
}
