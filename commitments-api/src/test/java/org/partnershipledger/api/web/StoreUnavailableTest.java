package org.partnershipledger.api.web;

import io.axoniq.axonserver.connector.AxonServerException;
import io.axoniq.axonserver.connector.ErrorCategory;
import io.grpc.Status;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon Server not answering is the store being away: a command sent then is answered 503, may-or-may-not-recorded,
 * and not 500 "nothing was recorded". Other failures Axon Server reports are not taken for that.
 */
class StoreUnavailableTest {

    /** No database: these failures do not come from one, so it is never asked. */
    private final StoreUnavailable store = new StoreUnavailable(null);

    @Test
    void axonServerNotAnsweringIsTheStoreAway() {
        // as a command sent while Axon Server was down failed
        Throwable failure = new CompletionException(new AxonServerException(ErrorCategory.COMMAND_DISPATCH_ERROR,
                "Received exception while dispatching command", "", Status.UNAVAILABLE.asRuntimeException()));

        assertThat(store.causedIt(failure)).isTrue();
    }

    @Test
    void otherFailuresFromAxonServerAreNot() {
        Throwable failure = new CompletionException(new AxonServerException(ErrorCategory.COMMAND_DISPATCH_ERROR,
                "Received exception while dispatching command", "",
                Status.INVALID_ARGUMENT.asRuntimeException()));

        assertThat(store.causedIt(failure)).isFalse();
        assertThat(store.causedIt(new IllegalStateException("a fault"))).isFalse();
    }
}
