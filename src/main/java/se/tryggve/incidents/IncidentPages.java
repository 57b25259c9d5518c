package se.tryggve.incidents;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.FormErrors;

/**
 * Pages of the incident register: the list with filters, the map, the new-incident form and the
 * incident page where field staff record the removal with a photo (built for a phone first).
 */
@Controller
@RequestMapping("/incidents")
class IncidentPages {

    static final int PAGE_SIZE = 50;
    /** The map shows at most this many incidents, the newest, so a phone does not choke. */
    static final int MAP_LIMIT = 3000;

    private final Incidents incidents;
    private final IncidentDirectory directory;
    private final Districts districts;
    private final IncidentPermissions permissions;
    private final String tileUrl;
    private final String attribution;

    IncidentPages(Incidents incidents, IncidentDirectory directory, Districts districts, IncidentPermissions permissions,
                  @Value("${tryggve.incidents.map.tile-url:}") String tileUrl,
                  @Value("${tryggve.incidents.map.attribution:}") String attribution) {
        this.incidents = incidents;
        this.directory = directory;
        this.districts = districts;
        this.permissions = permissions;
        this.tileUrl = tileUrl;
        this.attribution = attribution;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) String category,
                @RequestParam(required = false) IncidentStatus status, @RequestParam(required = false) Long districtId,
                @RequestParam(required = false) Channel channel, @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        int safePage = Math.max(0, Math.min(page, 100_000));
        IncidentQuery query = IncidentApi.query(category == null || category.isBlank() ? null : List.of(category),
                status == null ? null : List.of(status), from, to, districtId, channel, q, PAGE_SIZE, safePage * PAGE_SIZE);
        long total = directory.countIncidents(m, query);
        model.addAttribute("items", directory.searchIncidents(m, query));
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("category", category);
        filter.put("status", status);
        filter.put("districtId", districtId);
        filter.put("channel", channel);
        filter.put("from", from);
        filter.put("to", to);
        filter.put("q", q);
        model.addAttribute("filter", filter);
        model.addAttribute("categories", directory.categories(m));
        model.addAttribute("districts", districts.districts(m));
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("mayReport", permissions.canReport(user));
        model.addAttribute("mayConfigure", permissions.canConfigure(user));
        return "incidents/list";
    }

    @GetMapping("/map")
    String map(CurrentUser user, @RequestParam(defaultValue = "open") String scope, Model model) {
        permissions.requireRead(user);
        long m = user.municipalityId();
        boolean all = "all".equals(scope);
        model.addAttribute("scope", all ? "all" : "open");
        model.addAttribute("items", mapItems(m, all));
        model.addAttribute("districts", districts.districts(m));
        model.addAttribute("tileUrl", tileUrl == null ? "" : tileUrl);
        model.addAttribute("attribution", attribution == null ? "" : attribution);
        model.addAttribute("mayReport", permissions.canReport(user));
        return "incidents/map";
    }

    private List<IncidentView> mapItems(long m, boolean all) {
        return directory.searchIncidents(m, new IncidentQuery(List.of(), List.of(),
                all ? List.of() : List.of(IncidentStatus.REPORTED, IncidentStatus.ASSIGNED), null, null, null, null, null, MAP_LIMIT, 0));
    }

    /** The map's markers as JSON for the page's script (same origin, session login). */
    @GetMapping("/map/incidents.json")
    @ResponseBody
    List<Map<String, Object>> mapData(CurrentUser user, @RequestParam(defaultValue = "open") String scope) {
        permissions.requireRead(user);
        List<Map<String, Object>> out = new ArrayList<>();
        for (IncidentView v : mapItems(user.municipalityId(), "all".equals(scope))) {
            if (v.position() == null) {
                continue;
            }
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", v.id());
            j.put("lat", v.position().latitude());
            j.put("lon", v.position().longitude());
            j.put("category", v.categoryName());
            j.put("offensive", v.offensive());
            j.put("status", v.status().name());
            j.put("closed", v.status().isClosed());
            j.put("address", v.address());
            j.put("url", "/incidents/" + v.id());
            out.add(j);
        }
        return out;
    }

    @GetMapping(path = "/map/districts.geojson", produces = "application/geo+json")
    @ResponseBody
    String mapDistricts(CurrentUser user) {
        permissions.requireRead(user);
        // the districts only: SCB's statistical areas (DESO, REGSO) overlap them and are listed under /public-data
        return districts.featureCollection(user.municipalityId(), Districts.DISTRICT);
    }

    @GetMapping("/new")
    String newForm(CurrentUser user, Model model) {
        permissions.requireReport(user);
        model.addAttribute("form", new IncidentForms.NewForm());
        return newView(user, model);
    }

    private String newView(CurrentUser user, Model model) {
        model.addAttribute("categories", directory.categories(user.municipalityId()).stream().filter(CategoryInfo::active).toList());
        model.addAttribute("channels", List.of(Channel.PHONE, Channel.STAFF, Channel.POLICE, Channel.WEB_FORM));
        return "incidents/new";
    }

    @PostMapping
    String create(CurrentUser user, @ModelAttribute("form") IncidentForms.NewForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireReport(user);
        long m = user.municipalityId();
        return FormErrors.attempt(binding, () -> {
            Position p = PositionInput.resolve(form.getLatitude(), form.getLongitude(), form.getNorthing(), form.getEasting());
            if (form.getChannel() == Channel.OPEN311) {
                throw new RuleViolationException("channel", "incidents.channel.open311");
            }
            byte[] photo = bytes(form.getPhoto());
            if (photo != null) {
                PhotoTypes.check(photo);
            }
            ReporterContact r = form.getReporterName() == null && form.getReporterPhone() == null && form.getReporterEmail() == null
                    ? null : new ReporterContact(form.getReporterEmail(), form.getReporterName(), null, form.getReporterPhone(), null, null);
            IncidentView v = incidents.reportIncident(m, new NewIncident(form.getCategoryCode(), form.getChannel(),
                    stockholm(form.getReportedAt()), p, form.getAddress(), form.getDescription(), null, Map.of(), r, null, null));
            if (photo != null) {
                incidents.addPhoto(m, v.id(), "REPORTED", new Incidents.PhotoUpload(form.getPhoto().getOriginalFilename(), photo));
            }
            return v;
        }).map(v -> {
            redirect.addFlashAttribute("flash", "incidents.created");
            return "redirect:/incidents/" + v.id();
        }).orElseGet(() -> newView(user, model));
    }

    @GetMapping("/{id}")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireRead(user);
        return detailView(user, id, model);
    }

    private String detailView(CurrentUser user, long id, Model model) {
        long m = user.municipalityId();
        IncidentDetails d = directory.details(m, id);
        model.addAttribute("d", d);
        model.addAttribute("i", d.incident());
        model.addAttribute("reporter", permissions.canSeeReporter(user) ? directory.reporterContact(m, id).orElse(null) : null);
        long v = d.incident().version();
        for (String name : List.of("removal", "assign", "step")) {
            if (!model.containsAttribute(name)) {
                IncidentForms.StepForm f = new IncidentForms.StepForm();
                f.setVersion(v);
                model.addAttribute(name, f);
            }
        }
        if (!model.containsAttribute("handling")) {
            IncidentForms.HandlingForm h = new IncidentForms.HandlingForm();
            h.setVersion(v);
            h.setAddress(d.incident().address());
            h.setPropertyOwner(d.propertyOwner());
            h.setPoliceReportNumber(d.policeReportNumber());
            h.setPoliceReported(d.policeReported());
            model.addAttribute("handling", h);
        }
        if (!model.containsAttribute("cost")) {
            IncidentForms.CostForm c = new IncidentForms.CostForm();
            c.setDate(LocalDate.now(Incidents.STOCKHOLM));
            c.setContractor(d.assignedTo());
            model.addAttribute("cost", c);
        }
        if (!model.containsAttribute("photoForm")) {
            model.addAttribute("photoForm", new IncidentForms.PhotoForm());
        }
        boolean open = !d.incident().status().isClosed();
        model.addAttribute("open", open);
        model.addAttribute("mayRemove", open && permissions.canRecordRemoval(user));
        model.addAttribute("mayHandle", permissions.canHandle(user));
        model.addAttribute("mayAddPhoto", permissions.canRecordRemoval(user));
        model.addAttribute("closingSteps", List.of(IncidentStatus.NOT_OUR_PROPERTY, IncidentStatus.DUPLICATE, IncidentStatus.CLOSED));
        return "incidents/incident";
    }

    @PostMapping("/{id}/removal")
    String recordRemoval(CurrentUser user, @PathVariable long id, @ModelAttribute("removal") IncidentForms.StepForm form,
                         BindingResult binding, Model model, RedirectAttributes redirect) throws IOException {
        permissions.requireRecordRemoval(user);
        byte[] photo = bytes(form.getPhoto());
        if (FormErrors.succeeds(binding, () -> incidents.recordRemoval(user.municipalityId(), id, version(form.getVersion()),
                stockholm(form.getRemovedAt()), form.getNote(),
                photo == null ? null : new Incidents.PhotoUpload(form.getPhoto().getOriginalFilename(), photo)))) {
            redirect.addFlashAttribute("flash", "incidents.removed");
            return "redirect:/incidents/" + id;
        }
        return detailView(user, id, model);
    }

    @PostMapping("/{id}/assign")
    String assign(CurrentUser user, @PathVariable long id, @ModelAttribute("assign") IncidentForms.StepForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireHandle(user);
        if (FormErrors.succeeds(binding, () -> incidents.assignIncident(user.municipalityId(), id, version(form.getVersion()),
                form.getAssignedTo(), form.getNote()))) {
            redirect.addFlashAttribute("flash", "incidents.assigned");
            return "redirect:/incidents/" + id;
        }
        return detailView(user, id, model);
    }

    @PostMapping("/{id}/step")
    String step(CurrentUser user, @PathVariable long id, @ModelAttribute("step") IncidentForms.StepForm form,
                BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireHandle(user);
        long m = user.municipalityId();
        if (FormErrors.succeeds(binding, () -> {
            long v = version(form.getVersion());
            switch (form.getStatus() == null ? "" : form.getStatus()) {
                case "NOT_OUR_PROPERTY" -> incidents.markNotOurProperty(m, id, v, form.getPropertyOwner(), form.getNote());
                case "DUPLICATE" -> {
                    if (form.getDuplicateOf() == null) {
                        throw new RuleViolationException("duplicateOf", "incidents.duplicate.required");
                    }
                    incidents.markDuplicate(m, id, v, form.getDuplicateOf(), form.getNote());
                }
                case "CLOSED" -> incidents.closeIncident(m, id, v, form.getNote());
                default -> throw new RuleViolationException("status", "incidents.transition.statusRequired");
            }
        })) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/incidents/" + id;
        }
        return detailView(user, id, model);
    }

    @PostMapping("/{id}/handling")
    String handling(CurrentUser user, @PathVariable long id, @ModelAttribute("handling") IncidentForms.HandlingForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireHandle(user);
        if (FormErrors.succeeds(binding, () -> incidents.updateHandling(user.municipalityId(), id, version(form.getVersion()),
                new Incidents.HandlingInput(form.getAddress(), form.getPropertyOwner(), form.getPoliceReportNumber(),
                        form.isPoliceReported())))) {
            redirect.addFlashAttribute("flash", "shared.saved");
            return "redirect:/incidents/" + id;
        }
        return detailView(user, id, model);
    }

    @PostMapping("/{id}/costs")
    String addCost(CurrentUser user, @PathVariable long id, @ModelAttribute("cost") IncidentForms.CostForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        permissions.requireHandle(user);
        if (FormErrors.succeeds(binding, () -> incidents.addCost(user.municipalityId(), id,
                new Incidents.CostInput(form.getAmount(), form.getContractor(), form.getDate())))) {
            redirect.addFlashAttribute("flash", "incidents.costAdded");
            return "redirect:/incidents/" + id;
        }
        return detailView(user, id, model);
    }

    @PostMapping("/{id}/photos")
    String addPhoto(CurrentUser user, @PathVariable long id, @ModelAttribute("photoForm") IncidentForms.PhotoForm form,
                    BindingResult binding, Model model, RedirectAttributes redirect) throws IOException {
        permissions.requireRecordRemoval(user);
        byte[] photo = bytes(form.getPhoto());
        if (FormErrors.succeeds(binding, () -> incidents.addPhoto(user.municipalityId(), id, form.getPurpose(),
                new Incidents.PhotoUpload(form.getPhoto() == null ? null : form.getPhoto().getOriginalFilename(), photo)))) {
            redirect.addFlashAttribute("flash", "incidents.photoAdded");
            return "redirect:/incidents/" + id;
        }
        return detailView(user, id, model);
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable long id, @PathVariable long photoId) {
        permissions.requireRead(user);
        return IncidentApi.photoResponse(directory.photo(user.municipalityId(), id, photoId), true);
    }

    /** A form without a version cannot be checked against concurrent changes; -1 never matches, so it is refused as stale. */
    private static long version(Long v) {
        return v == null ? -1 : v;
    }

    /** Times in forms are Swedish local time. */
    private static java.time.Instant stockholm(LocalDateTime t) {
        return t == null ? null : t.atZone(Incidents.STOCKHOLM).toInstant();
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f == null || f.isEmpty() ? null : f.getBytes();
        } catch (IOException e) {
            throw new RuleViolationException("photo", "incidents.photo.empty");
        }
    }
}
