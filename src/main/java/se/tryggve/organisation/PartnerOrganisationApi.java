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
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;

/** JSON API of the partner organisations (EST). */
@ApiController("/api/v1/partner-organisations")
class PartnerOrganisationApi {

    private final PartnerOrganisations service;
    private final PartnerDirectory directory;
    private final OrganisationPermissions permissions;

    PartnerOrganisationApi(PartnerOrganisations service, PartnerDirectory directory, OrganisationPermissions permissions) {
        this.service = service;
        this.directory = directory;
        this.permissions = permissions;
    }

    @Operation(summary = "List partner organisations (paged)")
    @GetMapping
    PageResult<PartnerOrganisationInfo> list(CurrentUser user, @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "50") int size) {
        permissions.requireRead(user);
        return PageResult.of(directory.partnerOrganisations(user.municipalityId()), page, size);
    }

    @Operation(summary = "One partner organisation; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<PartnerOrganisationInfo> get(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        PartnerOrganisationInfo found = directory.findPartnerOrganisation(user.municipalityId(), id)
                .orElseThrow(() -> new NotFoundException(PartnerOrganisations.OBJECT_TYPE, id));
        return ApiSupport.withEtag(found.version(), found);
    }

    @Operation(summary = "Create (administrators)")
    @PostMapping
    ResponseEntity<PartnerOrganisationInfo> create(CurrentUser user, @RequestBody PartnerOrganisationInput in) {
        permissions.requireManagePartners(user);
        PartnerOrganisationInfo created = service.createPartnerOrganisation(user.municipalityId(), in);
        return ApiSupport.created("/api/v1/partner-organisations", created.id(), created);
    }

    @Operation(summary = "Update (administrators); send the version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<PartnerOrganisationInfo> update(CurrentUser user, @PathVariable long id,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @RequestBody PartnerOrganisationInput in) {
        permissions.requireManagePartners(user);
        PartnerOrganisationInfo updated = service.updatePartnerOrganisation(user.municipalityId(), id,
                ApiSupport.expectedVersion(ifMatch, in.getVersion()), in);
        return ApiSupport.withEtag(updated.version(), updated);
    }
}
