package se.tryggve.organisation;

import org.springframework.http.ResponseEntity;
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

    BodyApi(Bodies service, OrganisationPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
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
