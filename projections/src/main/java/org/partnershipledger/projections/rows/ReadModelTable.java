package org.partnershipledger.projections.rows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every read-model table: its primary key, how its rows change, and the read model (a named projection, rebuilt as
 * a whole) it belongs to. Each table whose rows change has a history table keeping every version of its rows, so the
 * read models can answer as of any past version of a partnership.
 */
public enum ReadModelTable {

    PARTNERSHIP("rm_partnership", ReadModel.PARTNERSHIPS, Kind.VERSIONED, Set.of("version", "last_changed_at"),
            "partnership_id"),
    THEME("rm_theme", ReadModel.PARTNERSHIPS, Kind.VERSIONED, Set.of(), "partnership_id", "theme_id"),
    PRINCIPLE("rm_principle", ReadModel.PARTNERSHIPS, Kind.VERSIONED, Set.of(), "partnership_id", "principle_id"),
    SHARED_COMMITMENT("rm_shared_commitment", ReadModel.PARTNERSHIPS, Kind.VERSIONED, Set.of(),
            "partnership_id", "commitment_id"),
    PARTNER("rm_partner", ReadModel.PARTNERS, Kind.VERSIONED, Set.of(), "partnership_id", "partner_id"),
    RESOURCE_DECLARATION("rm_resource_declaration", ReadModel.PARTNERS, Kind.VERSIONED, Set.of(),
            "partnership_id", "partner_id", "financial_year"),
    PRIORITY("rm_priority", ReadModel.PRIORITIES, Kind.VERSIONED, Set.of(), "partnership_id", "priority_id"),
    PRIORITY_SUPPORTER("rm_priority_supporter", ReadModel.PRIORITIES, Kind.VERSIONED, Set.of(),
            "partnership_id", "priority_id", "partner_id"),
    PLEDGE("rm_pledge", ReadModel.PLEDGES, Kind.VERSIONED, Set.of(), "partnership_id", "pledge_id"),
    SPEND("rm_spend", ReadModel.PLEDGES, Kind.APPEND_ONLY, Set.of(), "partnership_id", "pledge_id", "spend_id"),
    INDICATOR("rm_indicator", ReadModel.INDICATORS, Kind.VERSIONED, Set.of(), "partnership_id", "indicator_id"),
    OUTCOME("rm_outcome", ReadModel.INDICATORS, Kind.APPEND_ONLY, Set.of(),
            "partnership_id", "indicator_id", "outcome_id"),
    AUDIT_ENTRY("rm_audit_entry", ReadModel.AUDIT_TRAIL, Kind.APPEND_ONLY, Set.of(),
            "partnership_id", "sequence_number"),

    PARTNERSHIP_HISTORY(PARTNERSHIP),
    THEME_HISTORY(THEME),
    PRINCIPLE_HISTORY(PRINCIPLE),
    SHARED_COMMITMENT_HISTORY(SHARED_COMMITMENT),
    PARTNER_HISTORY(PARTNER),
    RESOURCE_DECLARATION_HISTORY(RESOURCE_DECLARATION),
    PRIORITY_HISTORY(PRIORITY),
    PRIORITY_SUPPORTER_HISTORY(PRIORITY_SUPPORTER),
    PLEDGE_HISTORY(PLEDGE),
    INDICATOR_HISTORY(INDICATOR);

    /** In a history table: the version of the partnership whose event made this version of the row. */
    public static final String VALID_FROM = "valid_from";
    /** In a history table: the version whose event replaced or deleted it; {@link #OPEN} while it stands. */
    public static final String VALID_TO = "valid_to";
    /** In a history table: see {@link #spanClass}. */
    public static final String SPAN_CLASS = "span_class";
    /** The {@code valid_to} of a version that still stands. */
    public static final long OPEN = Long.MAX_VALUE;
    /** The {@code span_class} of a version that still stands. */
    public static final int OPEN_SPAN = 63;

    /** How a table's rows change. */
    public enum Kind {
        /** Rows are inserted, changed and deleted by key; every version is kept in its history table. */
        VERSIONED,
        /** Rows are only ever inserted, each saying when it was recorded. */
        APPEND_ONLY,
        /** The versions of a {@link #VERSIONED} table's rows, each valid over a range of the partnership's versions. */
        HISTORY
    }

    private final String tableName;
    private final ReadModel readModel;
    private final Kind kind;
    private final Set<String> unversioned;
    private final List<String> key;
    private final ReadModelTable historyOf;

    ReadModelTable(String tableName, ReadModel readModel, Kind kind, Set<String> unversioned, String... key) {
        this.tableName = tableName;
        this.readModel = readModel;
        this.kind = kind;
        this.unversioned = unversioned;
        this.key = List.of(key);
        this.historyOf = null;
    }

    ReadModelTable(ReadModelTable versioned) {
        this.tableName = versioned.tableName + "_history";
        this.readModel = versioned.readModel;
        this.kind = Kind.HISTORY;
        this.unversioned = Set.of();
        List<String> key = new ArrayList<>(versioned.key);
        key.add(VALID_FROM);
        this.key = List.copyOf(key);
        this.historyOf = versioned;
    }

    public String tableName() {
        return tableName;
    }

    public ReadModel readModel() {
        return readModel;
    }

    public Kind kind() {
        return kind;
    }

    /** Rows are only ever inserted (never updated or deleted one by one), so they can be written as they come. */
    public boolean appendOnly() {
        return kind == Kind.APPEND_ONLY;
    }

    /** The primary-key columns, in order. */
    public List<String> key() {
        return key;
    }

    /** The table keeping every version of this one's rows, if it is {@link Kind#VERSIONED}. */
    public Optional<ReadModelTable> history() {
        return Optional.ofNullable(Histories.OF.get(this));
    }

    /**
     * Columns that change with every event (the partnership's version and when it last changed) and so are not
     * versioned: a change of these alone makes no new version, and a history table does not have them.
     */
    public Set<String> unversioned() {
        return unversioned;
    }

    /** Whether changing a row's columns to these makes a new version of it. */
    public boolean versions(Row changes) {
        return kind == Kind.VERSIONED && !changes.onlyOf(unversioned);
    }

    /**
     * The span class of a version valid from one version of the partnership up to another: ⌊log₂ of the number of
     * versions⌋, or {@link #OPEN_SPAN} while it stands. A version of class {@code c} valid at version {@code v} began
     * after {@code v − 2^(c+1)}, so the versions valid at {@code v} are found with one index range per class rather
     * than by reading every older version.
     */
    public static int spanClass(long validFrom, long validTo) {
        if (validTo == OPEN) {
            return OPEN_SPAN;
        }
        if (validTo <= validFrom) {
            throw new IllegalArgumentException("a version must be valid for at least one version: " + validFrom
                    + " to " + validTo);
        }
        return 63 - Long.numberOfLeadingZeros(validTo - validFrom);
    }

    /** The tables of the read models named. */
    public static List<ReadModelTable> of(Set<ReadModel> readModels) {
        return Arrays.stream(values()).filter(t -> readModels.contains(t.readModel)).collect(Collectors.toList());
    }

    private static final class Histories {
        static final Map<ReadModelTable, ReadModelTable> OF = Arrays.stream(values())
                .filter(t -> t.historyOf != null)
                .collect(Collectors.toMap(t -> t.historyOf, t -> t));
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
