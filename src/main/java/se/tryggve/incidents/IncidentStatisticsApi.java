package se.tryggve.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.IfMatch;

/** JSON API of the graffiti follow-up: statistics, hotspots (GeoJSON) and the guideline's targets. */
@ApiController("/api/v1/incidents")
class IncidentStatisticsApi {

    private final IncidentStatistics statistics;
    private final GraffitiGuidelines guidelines;
    private final IncidentStatisticsPermissions permissions;

    IncidentStatisticsApi(IncidentStatistics statistics, GraffitiGuidelines guidelines, IncidentStatisticsPermissions permissions) {
        this.statistics = statistics;
        this.guidelines = guidelines;
        this.permissions = permissions;
    }

    @Operation(summary = "Statistics for a year, a range of months (from/to, any day of the month) or the whole period; filters district and category")
    @GetMapping("/statistics")
    IncidentStatisticsReport statistics(CurrentUser user, @RequestParam(required = false) Integer year,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                        @RequestParam(required = false) Long district,
                                        @RequestParam(required = false) String category) {
        permissions.requireRead(user);
        if (year != null && (year < 1900 || year > 2200)) {
            throw new se.tryggve.shared.RuleViolationException("year", "incidentstats.filter.year");
        }
        return statistics.statistics(user.municipalityId(), new IncidentStatistics.Filter(year, from, to, district, category));
    }

    @Operation(summary = "Hotspots as a GeoJSON FeatureCollection of grid cells (polygons) with their report counts")
    @GetMapping(value = "/statistics/hotspots", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    Map<String, Object> hotspots(CurrentUser user, @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                 @RequestParam(defaultValue = "50") int limit) {
        permissions.requireRead(user);
        LocalDate f = year != null ? LocalDate.of(year, 1, 1) : from;
        LocalDate t = year != null ? LocalDate.of(year, 12, 1) : to;
        return geoJson(statistics.hotspots(user.municipalityId(), f, t, limit));
    }

    /** RFC 7946: coordinates are [longitude, latitude], rings closed and counter-clockwise. */
    static Map<String, Object> geoJson(List<IncidentStatisticsReport.Hotspot> hotspots) {
        List<Object> features = new ArrayList<>();
        int rank = 1;
        for (IncidentStatisticsReport.Hotspot h : hotspots) {
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "Polygon");
            geometry.put("coordinates", List.of(List.of(List.of(h.west(), h.south()), List.of(h.east(), h.south()),
                    List.of(h.east(), h.north()), List.of(h.west(), h.north()), List.of(h.west(), h.south()))));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("rank", rank++);
            properties.put("reports", h.reports());
            properties.put("offensive", h.offensive());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", geometry);
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    @Operation(summary = "The graffiti guideline's targets and the governing document they come from; the ETag is the version (-1 before the first save)")
    @GetMapping("/graffiti-guideline")
    ResponseEntity<GraffitiGuideline> guideline(CurrentUser user) {
        permissions.requireRead(user);
        GraffitiGuideline g = guidelines.guideline(user.municipalityId());
        return ResponseEntity.ok().eTag("\"" + g.version() + "\"").body(g);
    }

    @Operation(summary = "Save the targets; send the version (If-Match or body; -1 for the first save)")
    @PutMapping("/graffiti-guideline")
    ResponseEntity<GraffitiGuideline> saveGuideline(CurrentUser user,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                    @RequestBody GraffitiGuideline in) {
        permissions.requireManage(user);
        GraffitiGuideline g = guidelines.saveGraffitiGuideline(user.municipalityId(), in, IfMatch.required(ifMatch, in.version()));
        return ResponseEntity.ok().eTag("\"" + g.version() + "\"").body(g);
    }
}
