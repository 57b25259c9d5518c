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

/** JSON API of departments. */
@ApiController("/api/v1/departments")
class DepartmentApi {

    private final Departments service;
    private final OrganisationPermissions permissions;

    DepartmentApi(Departments service, OrganisationPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @Operation(summary = "List departments (paged)")
    @GetMapping
    PageResult<DepartmentInfo> list(CurrentUser user, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(service.listDepartments(user.municipalityId()), page, size);
    }

    @Operation(summary = "One of the departments; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<DepartmentInfo> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        DepartmentInfo found = service.findDepartment(user.municipalityId(), id);
        return ApiSupport.withEtag(found.version(), found);
    }

    @Operation(summary = "Create")
    @PostMapping
    ResponseEntity<DepartmentInfo> create(CurrentUser user, @Valid @RequestBody DepartmentInput in) {
        permissions.requireManageDepartments(user);
        DepartmentInfo created = service.createDepartment(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/departments", created.id(), created);
    }

    @Operation(summary = "Update; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<DepartmentInfo> update(CurrentUser user, @PathVariable long id,
                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                              @Valid @RequestBody DepartmentInput in) {
        permissions.requireManageDepartments(user);
        long expected = ApiSupport.expectedVersion(ifMatch, in.getVersion());
        DepartmentInfo updated = service.updateDepartment(user.municipalityId(), id, expected, in);
        return ApiSupport.withEtag(updated.version(), updated);
    }
}
