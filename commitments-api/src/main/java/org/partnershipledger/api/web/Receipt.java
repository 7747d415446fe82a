package org.partnershipledger.api.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;

/**
 * The answer to an accepted command: which partnership changed, its version now, and the id of what was created.
 * Read with {@code ?minVersion=<version>} to be sure to see the change.
 *
 * @param partnershipId the partnership that changed
 * @param version       the partnership's version after the change; also sent as the {@value #VERSION_HEADER} header
 * @param id            the id of the thing the command created or changed
 */
public record Receipt(String partnershipId, long version, String id) {

    public static final String VERSION_HEADER = "Ledger-Version";

    /** 201 Created, with the new resource's address (relative to this request's URL) in {@code Location}. */
    public static ResponseEntity<Receipt> created(String partnershipId, long version, String id, String path,
                                                  Object... pathValues) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).buildAndExpand(pathValues)
                .toUri();
        return ResponseEntity.status(HttpStatus.CREATED).location(location)
                .header(VERSION_HEADER, Long.toString(version)).eTag(IfMatch.etag(version))
                .body(new Receipt(partnershipId, version, id));
    }

    /** 200 OK, for a change to something that exists. */
    public static ResponseEntity<Receipt> changed(String partnershipId, long version, String id) {
        return ResponseEntity.ok().header(VERSION_HEADER, Long.toString(version)).eTag(IfMatch.etag(version))
                .body(new Receipt(partnershipId, version, id));
    }
}
