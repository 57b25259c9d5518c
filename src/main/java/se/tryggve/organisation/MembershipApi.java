package se.tryggve.organisation;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * JSON API of the member register. There is no DELETE: a membership ends by setting {@code validTo},
 * so protocols of past meetings keep finding who sat where.
 */
@ApiController("/api/v1/memberships")
class MembershipApi {

    private final Memberships service;
    private final OrganisationPermissions permissions;

    MembershipApi(Memberships service, OrganisationPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @Operation(summary = "List memberships (paged), optionally of one body / person and valid on a date")
    @GetMapping
    PageResult<MembershipInfo> list(CurrentUser user, @RequestParam(required = false) Long bodyId,
                                    @RequestParam(required = false) Long personId,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                    @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(service.listMemberships(user.municipalityId(), bodyId, personId, date), page, size);
    }

    @Operation(summary = "One membership; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<MembershipInfo> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        MembershipInfo found = service.findMembership(user.municipalityId(), id);
        return ApiSupport.withEtag(found.version(), found);
    }

    @Operation(summary = "Add a membership")
    @PostMapping
    ResponseEntity<MembershipInfo> create(CurrentUser user, @Valid @RequestBody MembershipInput in) {
        permissions.requireManageMemberships(user);
        MembershipInfo created = service.addMembership(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/memberships", created.id(), created);
    }

    @Operation(summary = "Change or end a membership (set validTo); version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<MembershipInfo> update(CurrentUser user, @PathVariable long id,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody MembershipInput in) {
        permissions.requireManageMemberships(user);
        long expected = ApiSupport.expectedVersion(ifMatch, in.getVersion());
        MembershipInfo updated = service.updateMembership(user.municipalityId(), id, expected, in);
        return ApiSupport.withEtag(updated.version(), updated);
    }
}
