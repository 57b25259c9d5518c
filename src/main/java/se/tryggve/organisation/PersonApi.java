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

/**
 * JSON API of people. The API is only for logged-in users, so it includes the internal contact
 * details; a public interface must leave them out.
 */
@ApiController("/api/v1/people")
class PersonApi {

    private final People service;
    private final Memberships memberships;
    private final OrganisationPermissions permissions;

    PersonApi(People service, Memberships memberships, OrganisationPermissions permissions) {
        this.service = service;
        this.memberships = memberships;
        this.permissions = permissions;
    }

    @Operation(summary = "The memberships of a person, optionally only those valid on a date")
    @GetMapping("/{id}/memberships")
    java.util.List<MembershipInfo> memberships(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate date) {
        permissions.requireRead(user);
        service.findPerson(user.municipalityId(), id);
        return memberships.listMemberships(user.municipalityId(), null, id, date);
    }

    @Operation(summary = "List people (paged)")
    @GetMapping
    PageResult<PersonInfo> list(CurrentUser user, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(service.listPeople(user.municipalityId()), page, size);
    }

    @Operation(summary = "One of the people; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<PersonInfo> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        PersonInfo found = service.findPerson(user.municipalityId(), id);
        return ApiSupport.withEtag(found.version(), found);
    }

    @Operation(summary = "Create")
    @PostMapping
    ResponseEntity<PersonInfo> create(CurrentUser user, @Valid @RequestBody PersonInput in) {
        permissions.requireManagePeople(user);
        PersonInfo created = service.createPerson(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/people", created.id(), created);
    }

    @Operation(summary = "Update; send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<PersonInfo> update(CurrentUser user, @PathVariable long id,
                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                              @Valid @RequestBody PersonInput in) {
        permissions.requireManagePeople(user);
        long expected = ApiSupport.expectedVersion(ifMatch, in.getVersion());
        PersonInfo updated = service.updatePerson(user.municipalityId(), id, expected, in);
        return ApiSupport.withEtag(updated.version(), updated);
    }
}
