package se.tryggve.incidents;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;

/** JSON API of districts: list, the polygons as GeoJSON, and the GeoJSON import. */
@ApiController("/api/v1/districts")
class DistrictApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Districts districts;
    private final IncidentPermissions permissions;
    private final StatisticalAreas statisticalAreas;

    DistrictApi(Districts districts, IncidentPermissions permissions, StatisticalAreas statisticalAreas) {
        this.districts = districts;
        this.permissions = permissions;
        this.statisticalAreas = statisticalAreas;
    }

    @Operation(summary = "The municipality's districts (id, kind, code, name, example); ?kind=DISTRICT|DESO|REGSO lists one kind")
    @GetMapping
    List<DistrictInfo> list(CurrentUser user, @RequestParam(required = false) String kind) {
        permissions.requireRead(user);
        List<DistrictInfo> all = districts.districts(user.municipalityId());
        if (kind == null || kind.isBlank()) {
            return all;
        }
        String k = kind.trim().toUpperCase(java.util.Locale.ROOT);
        return all.stream().filter(d -> d.kind().equals(k)).toList();
    }

    @Operation(summary = "The districts' polygons as a GeoJSON FeatureCollection (WGS84, RFC 7946)")
    @GetMapping("/geojson")
    ResponseEntity<String> geojson(CurrentUser user) {
        permissions.requireRead(user);
        return ResponseEntity.ok().contentType(GEO_JSON).body(districts.featureCollection(user.municipalityId()));
    }

    @Operation(summary = "Import districts from a GeoJSON FeatureCollection of Polygon/MultiPolygon features (properties name, code, example); "
            + "districts with the same kind and code are updated; all or nothing. kind=DESO or REGSO takes SCB's file in SWEREF 99 TM (EPSG:3006) and keeps the municipality's areas")
    @PostMapping(path = "/import", consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    Object importDistricts(CurrentUser user, @RequestParam(required = false) String kind, @RequestBody String body) {
        permissions.requireConfigure(user);
        if (StatisticalAreas.isStatisticalKind(kind)) {
            // SCB's DeSO/RegSO file in SWEREF 99 TM, filtered to the municipality's kommun code
            return statisticalAreas.importStatisticalAreas(user.municipalityId(), kind, body);
        }
        return districts.importDistricts(user.municipalityId(), kind, body);
    }
}
