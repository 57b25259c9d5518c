package se.tryggve.organisation;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/** JSON API of bodies. */
@ApiController("/api/v1/bodies")
class BodyApi {

    private final Bodies service;
    private final OrganisationPermissions permissions;
    private final BodySecretaries secretaries;

    BodyApi(Bodies service, OrganisationPermissions permissions, BodySecretaries secretaries) {
        this.service = service;
        this.permissions = permissions;
        this.secretaries = secretaries;
    }

    /** A person to name as the body's secretary. */
    record SecretaryInput(Long personId) {
    }

    @Operation(summary = "The body's secretaries (persons whose linked accounts keep its minutes; none named: every secretary)")
    @GetMapping("/{id}/secretaries")
    java.util.List<PersonInfo> secretaries(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return secretaries.secretaryPeople(user.municipalityId(), id);
    }

    @Operation(summary = "Name a person of the register as the body's secretary")
    @PostMapping("/{id}/secretaries")
    ResponseEntity<java.util.List<PersonInfo>> assignSecretary(CurrentUser user, @PathVariable long id,
                                                               @RequestBody SecretaryInput in) {
        permissions.requireNameBodySecretaries(user);
        secretaries.assignSecretary(user.municipalityId(), id, in == null ? null : in.personId());
        return ResponseEntity.status(201).body(secretaries.secretaryPeople(user.municipalityId(), id));
    }

    @Operation(summary = "Remove a secretary of the body")
    @DeleteMapping("/{id}/secretaries/{personId}")
    ResponseEntity<Void> removeSecretary(CurrentUser user, @PathVariable long id, @PathVariable long personId) {
        permissions.requireNameBodySecretaries(user);
        secretaries.removeSecretary(user.municipalityId(), id, personId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List bodies (paged)")
    @GetMapping
    PageResult<BodyInfo> list(CurrentUser user, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(service.listBodies(user.municipalityId()), page, size);
    }

    @Operation(summary = "One of the bodies; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<BodyInfo> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        BodyInfo found = service.findBody(user.municipalityId(), id);
        return ApiSupport.withEtag(found.version(), found);
    }

    @Operation(summary = "Create")
    @PostMapping
    ResponseEntity<BodyInfo> create(CurrentUser user, @Valid @RequestBody BodyInput in) {
        permissions.requireManageBodies(user);
        BodyInfo created = service.createBody(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/bodies", created.id(), created);
    }

    @Operation(summary = "Update; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<BodyInfo> update(CurrentUser user, @PathVariable long id,
                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                              @Valid @RequestBody BodyInput in) {
        permissions.requireManageBodies(user);
        long expected = ApiSupport.expectedVersion(ifMatch, in.getVersion());
        BodyInfo updated = service.updateBody(user.municipalityId(), id, expected, in);
        return ApiSupport.withEtag(updated.version(), updated);
    }
}
