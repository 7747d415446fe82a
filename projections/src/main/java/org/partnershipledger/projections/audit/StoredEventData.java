package org.partnershipledger.projections.audit;

import java.util.Map;

/**
 * The events' own data — each event's payload, its JSON exactly as the event store holds it — looked up by position
 * in a partnership's ledger. The audit trail keeps only what it filters and sorts by, and takes each entry's data
 * from the store when it is asked for, so the events are not held a second time in the read models.
 */
public interface StoredEventData {

    /**
     * The JSON of each of these events of the partnership — given by sequence number, each with its event's
     * identifier — by sequence number, as the bytes the store holds. Where the store does not hold that very event at that position (one removed,
     * replaced or moved behind the service's back: verifying the ledger names it), there is none.
     */
    Map<Long, byte[]> json(String partnershipId, Map<Long, String> eventIds);
}
