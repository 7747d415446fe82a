package org.partnershipledger.core.priority;

/** Where a priority is in its life: adopted (open), then achieved or retired (closed for good). */
public enum PriorityStatus {
    ADOPTED,
    ACHIEVED,
    RETIRED;

    public boolean isOpen() {
        return this == ADOPTED;
    }
}
