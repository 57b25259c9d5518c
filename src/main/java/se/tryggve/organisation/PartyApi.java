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

/** JSON API of parties. */
@ApiController("/api/v1/parties")
class PartyApi {

    private final Parties service;
    private final OrganisationPermissions permissions;

    PartyApi(Parties service, OrganisationPermissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    @Operation(summary = "List parties (paged)")
    @GetMapping
    PageResult<PartyInfo> list(CurrentUser user, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(service.listParties(user.municipalityId()), page, size);
    }

    @Operation(summary = "One of the parties; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<PartyInfo> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        PartyInfo found = service.findParty(user.municipalityId(), id);
        return ApiSupport.withEtag(found.version(), found);
    }

    @Operation(summary = "Create")
    @PostMapping
    ResponseEntity<PartyInfo> create(CurrentUser user, @Valid @RequestBody PartyInput in) {
        permissions.requireManageParties(user);
        PartyInfo created = service.createParty(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/parties", created.id(), created);
    }

    @Operation(summary = "Update; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<PartyInfo> update(CurrentUser user, @PathVariable long id,
                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                              @Valid @RequestBody PartyInput in) {
        permissions.requireManageParties(user);
        long expected = ApiSupport.expectedVersion(ifMatch, in.getVersion());
        PartyInfo updated = service.updateParty(user.municipalityId(), id, expected, in);
        return ApiSupport.withEtag(updated.version(), updated);
    }
}
