package se.tryggve.open311;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;

/** JSON API for administering Open311: the api keys of client applications and the service definitions. */
@ApiController("/api/v1/open311")
class Open311AdminApi {

    private final ApiKeys keys;
    private final ServiceDefinitions services;
    private final Open311Permissions permissions;

    Open311AdminApi(ApiKeys keys, ServiceDefinitions services, Open311Permissions permissions) {
        this.keys = keys;
        this.services = services;
        this.permissions = permissions;
    }

    @Operation(summary = "Api keys of Open311 client applications (never the keys themselves)")
    @GetMapping("/keys")
    List<ApiKeyInfo> listKeys(CurrentUser user) {
        permissions.requireManageKeys(user);
        return keys.listKeys(user.municipalityId());
    }

    @Operation(summary = "Create an api key; the answer holds the key, shown this once and stored only as a hash")
    @PostMapping("/keys")
    ResponseEntity<NewApiKey> createKey(CurrentUser user, @Valid @RequestBody ApiKeyInput in) {
        permissions.requireManageKeys(user);
        NewApiKey created = keys.createKey(user.municipalityId(), in);
        return ResponseEntity.created(URI.create("/api/v1/open311/keys/" + created.info().id())).body(created);
    }

    @Operation(summary = "One api key")
    @GetMapping("/keys/{id}")
    ApiKeyInfo key(CurrentUser user, @PathVariable long id) {
        permissions.requireManageKeys(user);
        return keys.findKey(user.municipalityId(), id);
    }

    @Operation(summary = "Revoke an api key: Open311 POSTs with it are refused (403) from now on")
    @PostMapping("/keys/{id}/revoke")
    ApiKeyInfo revokeKey(CurrentUser user, @PathVariable long id) {
        permissions.requireManageKeys(user);
        return keys.revokeKey(user.municipalityId(), id);
    }

    @Operation(summary = "Service definitions of every incident category (active or not)")
    @GetMapping("/services")
    List<ServiceDefinition> listServices(CurrentUser user) {
        permissions.requireConfigureServices(user);
        return services.allDefinitions(user.municipalityId());
    }

    @Operation(summary = "One category's service definition")
    @GetMapping("/services/{code}")
    ServiceDefinition service(CurrentUser user, @PathVariable String code) {
        permissions.requireConfigureServices(user);
        return services.findDefinition(user.municipalityId(), code);
    }

    @Operation(summary = "Replace a category's service definition: type, keywords, group and attributes")
    @PutMapping("/services/{code}")
    ServiceDefinition configureService(CurrentUser user, @PathVariable String code, @RequestBody ServiceDefinitionInput in) {
        permissions.requireConfigureServices(user);
        return services.configureService(user.municipalityId(), code, in);
    }
}
