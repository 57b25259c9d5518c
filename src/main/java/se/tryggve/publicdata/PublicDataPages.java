package se.tryggve.publicdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.incidents.StatisticalAreas;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.FormErrors;

/**
 * Pages of public data for the security coordinator: the imports (file or the configured URL) and
 * settings on {@code /public-data}, and the lists of context events, reference figures and statistical areas.
 */
@Controller
@RequestMapping("/public-data")
class PublicDataPages {

    /** SCB's DeSO file for the whole country is large; one municipality's part is small. */
    static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;

    private final ContextEvents contextEvents;
    private final ReferenceFigures referenceFigures;
    private final StatisticalAreas statisticalAreas;
    private final StatisticalAreaFetch statisticalAreaFetch;
    private final PublicDataSettingsService settings;
    private final FeedRateLimiter limiter;
    private final PublicDataPermissions permissions;

    PublicDataPages(ContextEvents contextEvents, ReferenceFigures referenceFigures, StatisticalAreas statisticalAreas,
                    StatisticalAreaFetch statisticalAreaFetch, PublicDataSettingsService settings, FeedRateLimiter limiter,
                    PublicDataPermissions permissions) {
        this.contextEvents = contextEvents;
        this.referenceFigures = referenceFigures;
        this.statisticalAreas = statisticalAreas;
        this.statisticalAreaFetch = statisticalAreaFetch;
        this.settings = settings;
        this.limiter = limiter;
        this.permissions = permissions;
    }

    @GetMapping
    String overview(CurrentUser user, Model model) {
        permissions.requireRead(user);
        return overviewView(user, model);
    }

    private String overviewView(CurrentUser user, Model model) {
        long m = user.municipalityId();
        for (String name : List.of("policeForm", "areaForm", "koladaForm")) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, new PublicDataForms.ImportForm());
            }
        }
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", PublicDataForms.SettingsForm.of(settings.settings(m)));
        }
        model.addAttribute("mayImport", permissions.canImport(user));
        model.addAttribute("eventCount", contextEvents.countContextEvents(m));
        model.addAttribute("figureCount", referenceFigures.referenceFigures(m).size());
        model.addAttribute("desoCount", statisticalAreas.statisticalAreas(m, StatisticalAreas.DESO).size());
        model.addAttribute("regsoCount", statisticalAreas.statisticalAreas(m, StatisticalAreas.REGSO).size());
        model.addAttribute("callsInLastHour", limiter.callsInLastHour());
        model.addAttribute("policeLocation", settings.policeLocation(m));
        return "publicdata/overview";
    }

    @PostMapping("/police/import")
    String importPolice(CurrentUser user, @ModelAttribute("policeForm") PublicDataForms.ImportForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        permissions.requireImport(user);
        var r = FormErrors.attempt(binding, () -> contextEvents.importPoliceEvents(user.municipalityId(), text(form)));
        return done(user, model, redirect, r.map(x -> List.<Object>of(x.created(), x.updated(), x.unchanged(), x.otherPlaces())),
                "publicdata.police.imported");
    }

    @PostMapping("/police/fetch")
    String fetchPolice(CurrentUser user, @ModelAttribute("policeForm") PublicDataForms.ImportForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        permissions.requireImport(user);
        var r = FormErrors.attempt(binding, () -> contextEvents.fetchPoliceEvents(user.municipalityId()));
        return done(user, model, redirect, r.map(x -> List.<Object>of(x.created(), x.updated(), x.unchanged(), x.otherPlaces())),
                "publicdata.police.imported");
    }

    @PostMapping("/statistical-areas/import")
    String importAreas(CurrentUser user, @ModelAttribute("areaForm") PublicDataForms.ImportForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        permissions.requireImport(user);
        var r = FormErrors.attempt(binding, () -> statisticalAreas.importStatisticalAreas(user.municipalityId(), form.getKind(), text(form)));
        return done(user, model, redirect, r.map(areaArgs()), "publicdata.scb.imported");
    }

    @PostMapping("/statistical-areas/fetch")
    String fetchAreas(CurrentUser user, @ModelAttribute("areaForm") PublicDataForms.ImportForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        permissions.requireImport(user);
        var r = FormErrors.attempt(binding, () -> statisticalAreaFetch.fetchStatisticalAreas(user.municipalityId(), form.getKind()));
        return done(user, model, redirect, r.map(areaArgs()), "publicdata.scb.imported");
    }

    private static Function<StatisticalAreas.ImportResult, List<Object>> areaArgs() {
        return x -> List.of(x.kind(), x.created(), x.updated(), x.otherMunicipalities(), x.backfilled());
    }

    @PostMapping("/reference-figures/import")
    String importKolada(CurrentUser user, @ModelAttribute("koladaForm") PublicDataForms.ImportForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        permissions.requireImport(user);
        var r = FormErrors.attempt(binding, () -> referenceFigures.importKoladaFigures(user.municipalityId(), text(form), form.getTitle()));
        return done(user, model, redirect, r.map(x -> List.<Object>of(x.created(), x.updated(), x.unchanged(), x.otherMunicipalities())),
                "publicdata.kolada.imported");
    }

    @PostMapping("/reference-figures/fetch")
    String fetchKolada(CurrentUser user, @ModelAttribute("koladaForm") PublicDataForms.ImportForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        permissions.requireImport(user);
        var r = FormErrors.attempt(binding, () -> referenceFigures.fetchKoladaFigures(user.municipalityId()));
        return done(user, model, redirect, r.map(x -> List.<Object>of(x.created(), x.updated(), x.unchanged(), x.otherMunicipalities())),
                "publicdata.kolada.imported");
    }

    @PostMapping("/settings")
    String saveSettings(CurrentUser user, @ModelAttribute("settingsForm") PublicDataForms.SettingsForm form, BindingResult binding,
                        Model model, RedirectAttributes redirect) {
        permissions.requireImport(user);
        if (FormErrors.succeeds(binding, () -> settings.updateSettings(user.municipalityId(), form.getVersion(), form.input()))) {
            redirect.addFlashAttribute("message", "publicdata.settings.saved");
            redirect.addFlashAttribute("messageArgs", List.of());
            return "redirect:/public-data";
        }
        return overviewView(user, model);
    }

    private String done(CurrentUser user, Model model, RedirectAttributes redirect, java.util.Optional<List<Object>> args, String key) {
        if (args.isPresent()) {
            redirect.addFlashAttribute("message", key);
            redirect.addFlashAttribute("messageArgs", args.get());
            return "redirect:/public-data";
        }
        return overviewView(user, model);
    }

    private static String text(PublicDataForms.ImportForm form) {
        if (form.getFile() == null || form.getFile().isEmpty()) {
            throw new RuleViolationException("file", "publicdata.file.empty");
        }
        if (form.getFile().getSize() > MAX_UPLOAD_BYTES) {
            throw new RuleViolationException("file", "publicdata.url.tooLarge", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        try {
            return new String(form.getFile().getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleViolationException("file", "publicdata.file.empty");
        }
    }

    @GetMapping("/context-events")
    String events(CurrentUser user, @RequestParam(required = false) String type,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        model.addAttribute("items", contextEvents.contextEvents(m, type, from, to, 500));
        model.addAttribute("types", contextEvents.types(m));
        model.addAttribute("type", type);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "publicdata/events";
    }

    /**
     * The context events with a position as GeoJSON points for the incident map's separate layer (the
     * map fetches it; a user without access gets 403 and the map simply has no such layer).
     */
    @GetMapping(path = "/context-events.geojson", produces = "application/geo+json")
    @org.springframework.web.bind.annotation.ResponseBody
    String eventsGeoJson(CurrentUser user) {
        permissions.requireRead(user);
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        var fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        var features = fc.putArray("features");
        for (ContextEvent e : contextEvents.contextEvents(user.municipalityId(), null, null, null, 500)) {
            if (e.latitude() == null) {
                continue;
            }
            var f = features.addObject();
            f.put("type", "Feature");
            var props = f.putObject("properties");
            props.put("id", e.id());
            props.put("type", e.type());
            props.put("name", e.name());
            props.put("time", se.tryggve.shared.SwedishDates.time(e.occurredAt()));
            props.put("example", e.example());
            if (e.link() != null) {
                props.put("url", e.link());
            }
            var g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(e.longitude()).add(e.latitude());
        }
        return fc.toString();
    }

    @GetMapping("/reference-figures")
    String figures(CurrentUser user, Model model) {
        permissions.requireRead(user);
        model.addAttribute("items", referenceFigures.referenceFigures(user.municipalityId()));
        return "publicdata/figures";
    }

    @GetMapping("/statistical-areas")
    String areas(CurrentUser user, Model model) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        model.addAttribute("deso", statisticalAreas.statisticalAreas(m, StatisticalAreas.DESO));
        model.addAttribute("regso", statisticalAreas.statisticalAreas(m, StatisticalAreas.REGSO));
        return "publicdata/areas";
    }
}
