package org.partnershipledger.api.partnership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.api.web.DecisionBody;
import org.partnershipledger.api.web.LedgerCommands;
import org.partnershipledger.api.web.NewIds;
import org.partnershipledger.api.web.NotFound;
import org.partnershipledger.api.web.Receipt;
import org.partnershipledger.core.partnership.DefinePrinciple;
import org.partnershipledger.core.partnership.DefineTheme;
import org.partnershipledger.core.partnership.PartnershipId;
import org.partnershipledger.core.partnership.PrincipleId;
import org.partnershipledger.core.partnership.RenamePrinciple;
import org.partnershipledger.core.partnership.RenameTheme;
import org.partnershipledger.core.partnership.RetirePrinciple;
import org.partnershipledger.core.partnership.RetireTheme;
import org.partnershipledger.core.partnership.ThemeId;
import org.partnershipledger.projections.partnership.AxisEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;

/** The two axes of the shared-priorities matrix: themes (rows) and governing principles (columns). */
@RestController
@RequestMapping("/api/partnerships/{partnershipId}")
@Tag(name = "Matrix axes", description = "Themes (rows) and governing principles (columns) of the matrix")
class MatrixAxesController {

    private final LedgerCommands commands;
    private final Partnerships partnerships;

    MatrixAxesController(LedgerCommands commands, Partnerships partnerships) {
        this.commands = commands;
        this.partnerships = partnerships;
    }

    record Define(
            @Pattern(regexp = NewIds.PATTERN) String id,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 4000) String description,
            @Valid DecisionBody decision) {
    }

    record Rename(@NotBlank @Size(max = 300) String name, @Valid DecisionBody decision) {
    }

    record Retire(@NotBlank @Size(max = 4000) String reason, @Valid DecisionBody decision) {
    }

    // ---- themes

    @PostMapping("/themes")
    @Operation(summary = "Define a theme (a row of the matrix)")
    ResponseEntity<Receipt> defineTheme(@PathVariable PartnershipId partnershipId, @Valid @RequestBody Define body,
                                        Principal caller) {
        ThemeId id = new ThemeId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new DefineTheme(partnershipId, id, body.name(),
                body.description(), DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/themes/{t}", partnershipId.value(), id.value());
    }

    @PostMapping("/themes/{themeId}/rename")
    @Operation(summary = "Rename a theme")
    ResponseEntity<Receipt> renameTheme(@PathVariable PartnershipId partnershipId, @PathVariable ThemeId themeId,
                                        @Valid @RequestBody Rename body, Principal caller) {
        long version = commands.send(partnershipId, new RenameTheme(partnershipId, themeId, body.name(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, themeId.value());
    }

    @PostMapping("/themes/{themeId}/retire")
    @Operation(summary = "Retire a theme that holds no open priority")
    ResponseEntity<Receipt> retireTheme(@PathVariable PartnershipId partnershipId, @PathVariable ThemeId themeId,
                                        @Valid @RequestBody Retire body, Principal caller) {
        long version = commands.send(partnershipId, new RetireTheme(partnershipId, themeId, body.reason(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, themeId.value());
    }

    @GetMapping("/themes")
    @Operation(summary = "List the themes, in the order defined")
    List<AxisEntry> themes(@PathVariable PartnershipId partnershipId) {
        return partnerships.view(partnershipId).themes();
    }

    @GetMapping("/themes/{themeId}")
    @Operation(summary = "Read one theme")
    AxisEntry theme(@PathVariable PartnershipId partnershipId, @PathVariable ThemeId themeId) {
        return find(partnerships.view(partnershipId).themes(), themeId.value(), "theme");
    }

    // ---- governing principles

    @PostMapping("/principles")
    @Operation(summary = "Define a governing principle (a column of the matrix)")
    ResponseEntity<Receipt> definePrinciple(@PathVariable PartnershipId partnershipId,
                                            @Valid @RequestBody Define body, Principal caller) {
        PrincipleId id = new PrincipleId(NewIds.orRandom(body.id()));
        long version = commands.send(partnershipId, new DefinePrinciple(partnershipId, id, body.name(),
                body.description(), DecisionBody.toDecision(body.decision())), caller);
        return Receipt.created(partnershipId.value(), version, id.value(),
                "/api/partnerships/{p}/principles/{t}", partnershipId.value(), id.value());
    }

    @PostMapping("/principles/{principleId}/rename")
    @Operation(summary = "Rename a governing principle")
    ResponseEntity<Receipt> renamePrinciple(@PathVariable PartnershipId partnershipId,
                                            @PathVariable PrincipleId principleId,
                                            @Valid @RequestBody Rename body, Principal caller) {
        long version = commands.send(partnershipId, new RenamePrinciple(partnershipId, principleId, body.name(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, principleId.value());
    }

    @PostMapping("/principles/{principleId}/retire")
    @Operation(summary = "Retire a governing principle that holds no open priority")
    ResponseEntity<Receipt> retirePrinciple(@PathVariable PartnershipId partnershipId,
                                            @PathVariable PrincipleId principleId,
                                            @Valid @RequestBody Retire body, Principal caller) {
        long version = commands.send(partnershipId, new RetirePrinciple(partnershipId, principleId, body.reason(),
                DecisionBody.toDecision(body.decision())), caller);
        return Receipt.changed(partnershipId.value(), version, principleId.value());
    }

    @GetMapping("/principles")
    @Operation(summary = "List the governing principles, in the order defined")
    List<AxisEntry> principles(@PathVariable PartnershipId partnershipId) {
        return partnerships.view(partnershipId).principles();
    }

    @GetMapping("/principles/{principleId}")
    @Operation(summary = "Read one governing principle")
    AxisEntry principle(@PathVariable PartnershipId partnershipId, @PathVariable PrincipleId principleId) {
        return find(partnerships.view(partnershipId).principles(), principleId.value(), "principle");
    }

    private static AxisEntry find(List<AxisEntry> axis, String id, String noun) {
        return axis.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound(noun + ".not-found", "no " + noun + " '" + id + "'"));
    }
}
