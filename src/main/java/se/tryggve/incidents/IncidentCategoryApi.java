package se.tryggve.incidents;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.IfMatch;

/** JSON API of the incident categories (each active one is an Open311 service). */
@ApiController("/api/v1/incident-categories")
class IncidentCategoryApi {

    private final IncidentCategories categories;
    private final IncidentDirectory directory;
    private final IncidentPermissions permissions;

    IncidentCategoryApi(IncidentCategories categories, IncidentDirectory directory, IncidentPermissions permissions) {
        this.categories = categories;
        this.directory = directory;
        this.permissions = permissions;
    }

    record CategoryJson(String code, String name, String description, CategoryInfo.Guideline guideline, Boolean offensive,
                        Boolean active, Integer sortOrder, Long version) {

        IncidentCategories.CategoryInput input() {
            return new IncidentCategories.CategoryInput(code, name, description, guideline, Boolean.TRUE.equals(offensive),
                    active == null || active, sortOrder == null ? 0 : sortOrder);
        }
    }

    @Operation(summary = "All categories, active and not (a partner reporter gets the active ones it may report in)")
    @GetMapping
    List<CategoryInfo> list(CurrentUser user) {
        if (user != null && user.isPartnerOnly()) {
            permissions.requireReportAsPartner(user);
            return directory.categories(user.municipalityId()).stream().filter(CategoryInfo::active).toList();
        }
        permissions.requireRead(user);
        return directory.categories(user.municipalityId());
    }

    @Operation(summary = "Create a category")
    @PostMapping
    ResponseEntity<CategoryInfo> create(CurrentUser user, @RequestBody CategoryJson in) {
        permissions.requireConfigure(user);
        CategoryInfo c = categories.createCategory(user.municipalityId(), in.input());
        return ResponseEntity.created(java.net.URI.create("/api/v1/incident-categories/" + c.id())).body(c);
    }

    @Operation(summary = "Change a category; version as If-Match or in the body")
    @PutMapping("/{id}")
    ResponseEntity<CategoryInfo> update(CurrentUser user, @PathVariable long id,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @RequestBody CategoryJson in) {
        permissions.requireConfigure(user);
        long m = user.municipalityId();
        CategoryInfo c = categories.updateCategory(m, id, IfMatch.required(ifMatch, in.version()), in.input());
        return ResponseEntity.ok().eTag("\"" + categories.version(m, id) + "\"").body(c);
    }
}
