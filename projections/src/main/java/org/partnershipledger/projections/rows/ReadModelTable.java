package org.partnershipledger.projections.rows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every read-model table: its primary key, whether rows are only ever added to it, and the read model (a named
 * projection, rebuilt as a whole) it belongs to.
 */
public enum ReadModelTable {

    PARTNERSHIP("rm_partnership", ReadModel.PARTNERSHIPS, false, "partnership_id"),
    THEME("rm_theme", ReadModel.PARTNERSHIPS, false, "partnership_id", "theme_id"),
    PRINCIPLE("rm_principle", ReadModel.PARTNERSHIPS, false, "partnership_id", "principle_id"),
    SHARED_COMMITMENT("rm_shared_commitment", ReadModel.PARTNERSHIPS, false, "partnership_id", "commitment_id"),
    PARTNER("rm_partner", ReadModel.PARTNERS, false, "partnership_id", "partner_id"),
    RESOURCE_DECLARATION("rm_resource_declaration", ReadModel.PARTNERS, false,
            "partnership_id", "partner_id", "financial_year"),
    PRIORITY("rm_priority", ReadModel.PRIORITIES, false, "partnership_id", "priority_id"),
    PRIORITY_SUPPORTER("rm_priority_supporter", ReadModel.PRIORITIES, false,
            "partnership_id", "priority_id", "partner_id"),
    PLEDGE("rm_pledge", ReadModel.PLEDGES, false, "partnership_id", "pledge_id"),
    SPEND("rm_spend", ReadModel.PLEDGES, true, "partnership_id", "pledge_id", "spend_id"),
    INDICATOR("rm_indicator", ReadModel.INDICATORS, false, "partnership_id", "indicator_id"),
    OUTCOME("rm_outcome", ReadModel.INDICATORS, true, "partnership_id", "indicator_id", "outcome_id"),
    AUDIT_ENTRY("rm_audit_entry", ReadModel.AUDIT_TRAIL, true, "partnership_id", "sequence_number");

    private final String tableName;
    private final ReadModel readModel;
    private final boolean appendOnly;
    private final List<String> key;

    ReadModelTable(String tableName, ReadModel readModel, boolean appendOnly, String... key) {
        this.tableName = tableName;
        this.readModel = readModel;
        this.appendOnly = appendOnly;
        this.key = List.of(key);
    }

    public String tableName() {
        return tableName;
    }

    public ReadModel readModel() {
        return readModel;
    }

    /** Rows are only ever inserted (never updated or deleted one by one), so they can be written as they come. */
    public boolean appendOnly() {
        return appendOnly;
    }

    /** The primary-key columns, in order. */
    public List<String> key() {
        return key;
    }

    /** The tables of the read models named. */
    public static List<ReadModelTable> of(Set<ReadModel> readModels) {
        return Arrays.stream(values()).filter(t -> readModels.contains(t.readModel)).collect(Collectors.toList());
    }

    /** A read model: tables that one projector writes, rebuilt together. */
    public enum ReadModel {
        PARTNERSHIPS("partnerships"),
        PARTNERS("partners"),
        PRIORITIES("priorities"),
        PLEDGES("pledges"),
        INDICATORS("indicators"),
        AUDIT_TRAIL("audit-trail");

        private final String name;

        ReadModel(String name) {
            this.name = name;
        }

        /** The name clients use for it. */
        public String publicName() {
            return name;
        }

        public static Optional<ReadModel> named(String name) {
            return Arrays.stream(values()).filter(r -> r.name.equals(name)).findFirst();
        }
    }
}
