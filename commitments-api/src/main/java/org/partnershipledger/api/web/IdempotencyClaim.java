package org.partnershipledger.api.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The claim a request holds on its {@code Idempotency-Key} while it is carried out ({@link IdempotencyKeys}).
 * <p>
 * The claim travels with the request's command as metadata, and the command marks it {@code RECORDED} in the
 * command's own transaction ({@link IdempotentCommands}): so the ledger holds the command if and only if its key says
 * so, and a retry after a crash knows whether to send the command or only to answer. That answer is the same as the
 * first would have been because what the request creates without an id of its own gets an id derived from the key,
 * the request and when the key was first used ({@link #newId()}), not a random one.
 *
 * @param caller      who sent the request; keys are scoped to their caller
 * @param key         the {@code Idempotency-Key}
 * @param requestHash the hash of the request's method, path and body
 * @param firstUsed   when the key was first used (whole milliseconds, as stored); a key used again after it expired
 *                    is a new key
 * @param token       this attempt's hold on the key; a retry that takes the key over gets a new one
 * @param recorded    whether an earlier attempt's command is already in the ledger, so that this attempt only answers
 */
public record IdempotencyClaim(String caller, String key, String requestHash, Instant firstUsed, String token,
                               boolean recorded) {

    /** The request attribute holding the current request's claim. */
    static final String ATTRIBUTE = IdempotencyClaim.class.getName();
    /** The command metadata naming the claim; never copied onto events. */
    static final String CALLER = "idempotencyCaller";
    static final String KEY = "idempotencyKey";
    static final String TOKEN = "idempotencyClaim";
    /** Marks that a command has been sent under the claim: one request, one command. */
    private static final String SENT = ATTRIBUTE + ".sent";

    /** The claim of the request this thread is serving, if it came with an {@code Idempotency-Key}. */
    static Optional<IdempotencyClaim> ofCurrentRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((IdempotencyClaim) request.getAttribute(ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST));
    }

    /**
     * Notes that the current request sends its command. A second command under one key could not be told apart from
     * the first by a retry, so it is refused.
     */
    void sending() {
        RequestAttributes request = RequestContextHolder.currentRequestAttributes();
        if (request.getAttribute(SENT, RequestAttributes.SCOPE_REQUEST) != null) {
            throw new IllegalStateException("a request with an Idempotency-Key sends one command");
        }
        request.setAttribute(SENT, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }

    /** An id for something the request creates without naming it: the same for every attempt at this request. */
    String newId() {
        return UUID.nameUUIDFromBytes((caller + '\n' + key + '\n' + requestHash + '\n' + firstUsed.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    Map<String, String> metadata() {
        return Map.of(CALLER, caller, KEY, key, TOKEN, token);
    }
}
