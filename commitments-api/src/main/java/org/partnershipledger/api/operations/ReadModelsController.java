package org.partnershipledger.api.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.projections.ReadModelDigest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Map;

/** For auditors of every partnership ({@code auditor:*}): rebuild the read models from the events, and compare. */
@RestController
@RequestMapping("/api/read-models")
@Tag(name = "Read models", description = "Rebuild from the event store and compare content digests")
class ReadModelsController {

    private final Rebuilds rebuilds;
    private final ReadModelDigest digest;
    private final DeadLetters deadLetters;

    ReadModelsController(Rebuilds rebuilds, ReadModelDigest digest, DeadLetters deadLetters) {
        this.rebuilds = rebuilds;
        this.digest = digest;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/dead-letters")
    @Operation(summary = "Events the read models could not apply, parked per partnership, with the cause")
    List<DeadLetters.Parked> parked() {
        return deadLetters.parked();
    }

    @PostMapping("/dead-letters/retry")
    @Operation(summary = "Apply the parked events again, in order, partnership by partnership")
    DeadLetters.Retried retry() {
        return deadLetters.retry();
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild every read model from the event store; reads go on being answered meanwhile")
    ResponseEntity<Rebuilds.Progress> rebuild() {
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
                .body(rebuilds.start());
    }

    @GetMapping("/rebuild")
    @Operation(summary = "Progress of the latest rebuild: events applied of total, rate, time left")
    Rebuilds.Progress progress() {
        return rebuilds.progress();
    }

    @GetMapping("/digests")
    @Operation(summary = "A SHA-256 digest of each read model's content: equal digests, equal read models")
    Map<String, String> digests() {
        return digest.digests();
    }
}
