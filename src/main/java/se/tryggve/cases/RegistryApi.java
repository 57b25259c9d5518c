package se.tryggve.cases;

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

/** JSON API of registries. */
@ApiController("/api/v1/registries")
class RegistryApi {

    private final Registries service;
    private final CasePermissions permissions;

    RegistryApi(Registries service, CasePermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @Operation(summary = "List registries (paged)")
    @GetMapping
    PageResult<Registry> list(CurrentUser user, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(service.listRegistries(user.municipalityId()), page, size);
    }

    @Operation(summary = "One registry; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<Registry> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        Registry r = service.findRegistry(user.municipalityId(), id);
        return ApiSupport.withEtag(r.version(), r);
    }

    @Operation(summary = "Create a registry with its case-number format")
    @PostMapping
    ResponseEntity<Registry> create(CurrentUser user, @Valid @RequestBody RegistryInput in) {
        permissions.requireManageRegistries(user);
        Registry r = service.createRegistry(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/registries", r.id(), r);
    }

    @Operation(summary = "Update; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<Registry> update(CurrentUser user, @PathVariable long id,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody RegistryInput in) {
        permissions.requireManageRegistries(user);
        Registry r = service.updateRegistry(user.municipalityId(), id, ApiSupport.expectedVersion(ifMatch, in.getVersion()), in);
        return ApiSupport.withEtag(r.version(), r);
    }
}
