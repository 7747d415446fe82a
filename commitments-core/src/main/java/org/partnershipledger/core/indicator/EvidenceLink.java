package org.partnershipledger.core.indicator;

import java.net.URI;

/** Evidence for an outcome is a link a reader can follow: absolute, http or https, at most 2000 characters. */
final class EvidenceLink {

    private EvidenceLink() {
    }

    static boolean isAcceptable(URI link) {
        String scheme = link.getScheme();
        return link.isAbsolute()
                && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && link.getHost() != null
                && link.toString().length() <= 2000;
    }
}
