package org.partnershipledger.core.shared;

import org.partnershipledger.core.partnership.PartnershipId;

/**
 * What every event of the ledger says besides its own facts: whose ledger it belongs to and the board decision
 * it rests on (absent when none was given).
 */
public interface PartnershipEvent {

    PartnershipId partnershipId();

    Decision decision();
}
