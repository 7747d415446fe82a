package org.partnershipledger.api.operations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.partnershipledger.api.web.Refused;
import org.partnershipledger.projections.ReadModelDigest;
import org.partnershipledger.projections.rows.ReadModelTable.ReadModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @GetMapping
    @Operation(summary = "The read models, each with its tables and a SHA-256 digest of its content")
    List<ReadModelDigest.ReadModelContent> readModels() {
        return digest.byReadModel();
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Rebuild read models from the event store — every one, or those named — while reads go on "
            + "being answered from their previous content until the rebuilt content replaces it at once; only rows "
            + "that differ from the events' are written, unless asked to rewrite")
    ResponseEntity<Rebuilds.Progress> rebuild(
            @Parameter(description = "a read model to rebuild (repeatable): partnerships, partners, priorities, "
                    + "pledges, indicators, audit-trail; none: every one")
            @RequestParam(name = "readModel", required = false) List<String> named,
            @Parameter(description = "true: empty the tables and write every row again, rather than compare the"
                    + " rebuilt rows with the stored ones and write only those that differ")
            @RequestParam(name = "rewrite", defaultValue = "false") boolean rewrite) {
        Set<ReadModel> readModels = EnumSet.noneOf(ReadModel.class);
        if (named == null || named.isEmpty()) {
            readModels = EnumSet.allOf(ReadModel.class);
        } else {
            for (String name : named) {
                readModels.add(ReadModel.named(name.strip()).orElseThrow(() -> new Refused(HttpStatus.BAD_REQUEST,
                        "Invalid request", "read-models.unknown", "no read model '" + name + "'; there are "
                        + Arrays.stream(ReadModel.values()).map(ReadModel::publicName).toList())));
            }
        }
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUri())
                .body(rebuilds.start(readModels, rewrite));
    }

    @GetMapping("/rebuild")
    @Operation(summary = "Progress of the latest rebuild: read models, events applied of total, rate, time left, "
            + "stored rows read to compare with; once done, rows found unchanged, written and deleted; why it failed "
            + "if it did")
    Rebuilds.Progress progress() {
        return rebuilds.progress();
    }

    @GetMapping("/digests")
    @Operation(summary = "A SHA-256 digest of each read model's content: equal digests, equal read models")
    Map<String, String> digests() {
        return digest.digests();
    }
}
