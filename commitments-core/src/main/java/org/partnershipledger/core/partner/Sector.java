package org.partnershipledger.core.partner;

/** The sector a partner organisation belongs to; the Total Place count is also summed by sector. */
public enum Sector {
    LOCAL_AUTHORITY,
    POLICE,
    HEALTH,
    FIRE_AND_RESCUE,
    VOLUNTARY_AND_COMMUNITY,
    BUSINESS,
    EDUCATION,
    OTHER
}
