package se.tryggve.publicdata;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.incidents.StatisticalAreas;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.web.ApiController;

/**
 * JSON API of public data: context events from the police feed, Kolada reference figures, and the fetch of
 * SCB's statistical areas (the file import of those is {@code POST /api/v1/districts/import?kind=DESO}).
 */
@ApiController("/api/v1")
class PublicDataApi {

    private final ContextEvents contextEvents;
    private final ReferenceFigures referenceFigures;
    private final StatisticalAreaFetch statisticalAreaFetch;
    private final PublicDataPermissions permissions;

    PublicDataApi(ContextEvents contextEvents, ReferenceFigures referenceFigures, StatisticalAreaFetch statisticalAreaFetch,
                  PublicDataPermissions permissions) {
        this.contextEvents = contextEvents;
        this.referenceFigures = referenceFigures;
        this.statisticalAreaFetch = statisticalAreaFetch;
        this.permissions = permissions;
    }

    @Operation(summary = "Context events from the police's open feed (never incidents), newest first; filter by type and period (local dates, inclusive)")
    @GetMapping("/context-events")
    List<ContextEvent> events(CurrentUser user, @RequestParam(required = false) String type,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                              @RequestParam(defaultValue = "200") int size) {
        permissions.requireRead(user);
        return contextEvents.contextEvents(user.municipalityId(), type, from, to, Math.min(Math.max(size, 1), 2000));
    }

    @Operation(summary = "One context event")
    @GetMapping("/context-events/{id}")
    ContextEvent event(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return contextEvents.contextEvent(user.municipalityId(), id).orElseThrow(() -> new NotFoundException("ContextEvent", id));
    }

    @Operation(summary = "Import a document of the police events feed (a JSON array of items); all or nothing, upsert by the item's id")
    @PostMapping(path = "/context-events/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ContextEvents.ImportResult importEvents(CurrentUser user, @RequestBody String body) {
        permissions.requireImport(user);
        return contextEvents.importPoliceEvents(user.municipalityId(), body);
    }

    @Operation(summary = "Fetch the police events feed for the municipality once, within the feed's rules (≥ 10 s apart, ≤ 60 an hour)")
    @PostMapping("/context-events/fetch")
    ContextEvents.ImportResult fetchEvents(CurrentUser user) {
        permissions.requireImport(user);
        return contextEvents.fetchPoliceEvents(user.municipalityId());
    }

    @Operation(summary = "Kolada key figures stored as reference figures (municipality and comparison value per KPI and year)")
    @GetMapping("/reference-figures")
    List<ReferenceFigure> figures(CurrentUser user, @RequestParam(required = false) String kpi) {
        permissions.requireRead(user);
        return kpi == null || kpi.isBlank() ? referenceFigures.referenceFigures(user.municipalityId())
                : referenceFigures.referenceFigures(user.municipalityId(), kpi.strip());
    }

    @Operation(summary = "Import a Kolada data document (v2/v3 format); title names the KPI when the document holds one; all or nothing")
    @PostMapping(path = "/reference-figures/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReferenceFigures.ImportResult importFigures(CurrentUser user, @RequestParam(required = false) String title, @RequestBody String body) {
        permissions.requireImport(user);
        return referenceFigures.importKoladaFigures(user.municipalityId(), body, title);
    }

    @Operation(summary = "Fetch the configured KPIs from Kolada for the past ten years (municipality and comparison)")
    @PostMapping("/reference-figures/fetch")
    ReferenceFigures.ImportResult fetchFigures(CurrentUser user) {
        permissions.requireImport(user);
        return referenceFigures.fetchKoladaFigures(user.municipalityId());
    }

    @Operation(summary = "Fetch SCB's DeSO or RegSO boundaries from the configured URL and import the municipality's areas")
    @PostMapping("/statistical-areas/fetch")
    StatisticalAreas.ImportResult fetchAreas(CurrentUser user, @RequestParam(defaultValue = "DESO") String kind) {
        permissions.requireImport(user);
        return statisticalAreaFetch.fetchStatisticalAreas(user.municipalityId(), kind);
    }
}
