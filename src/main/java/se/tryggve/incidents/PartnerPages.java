package se.tryggve.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.organisation.PartnerDirectory;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.web.FormErrors;

/**
 * The partner reporter's pages (mobile first): the own organisation's reports, the report form with a map
 * pin, one report. Another organisation's report answers 404 like a missing one.
 */
@Controller
@RequestMapping("/partner")
class PartnerPages {

    private final Incidents incidents;
    private final IncidentDirectory directory;
    private final IncidentPermissions permissions;
    private final PartnerDirectory partners;
    private final Clock clock;
    private final Districts districts;
    private final String tileUrl;
    private final String attribution;

    PartnerPages(Incidents incidents, IncidentDirectory directory, IncidentPermissions permissions, PartnerDirectory partners,
                 Clock clock, Districts districts, @Value("${tryggve.incidents.map.tile-url:}") String tileUrl,
                 @Value("${tryggve.incidents.map.attribution:}") String attribution) {
        this.incidents = incidents;
        this.directory = directory;
        this.permissions = permissions;
        this.partners = partners;
        this.clock = clock;
        this.districts = districts;
        this.tileUrl = tileUrl;
        this.attribution = attribution;
    }

    @GetMapping
    String home(CurrentUser user, Model model) {
        permissions.requireReportAsPartner(user);
        long m = user.municipalityId();
        model.addAttribute("organisation", partners.findPartnerOrganisation(m, user.partnerOrganisationId()).orElse(null));
        model.addAttribute("items", directory.searchIncidents(m, IncidentQuery.all(200).ofPartner(user.partnerOrganisationId())));
        return "incidents/partner/home";
    }

    /** The district outlines under the form's map, so the reporter sees where the municipality ends. */
    @GetMapping(path = "/districts.geojson", produces = "application/geo+json")
    @org.springframework.web.bind.annotation.ResponseBody
    String districts(CurrentUser user) {
        permissions.requireReportAsPartner(user);
        return districts.featureCollection(user.municipalityId());
    }

    @GetMapping("/reports/new")
    String newForm(CurrentUser user, Model model) {
        permissions.requireReportAsPartner(user);
        PartnerReportForm form = new PartnerReportForm();
        java.time.ZonedDateTime now = clock.instant().atZone(Incidents.STOCKHOLM);
        form.setOccurredDate(now.toLocalDate().toString());
        form.setOccurredTime(now.toLocalTime().withSecond(0).withNano(0).toString());
        model.addAttribute("form", form);
        return formView(user, model);
    }

    @PostMapping("/reports")
    String create(CurrentUser user, @ModelAttribute("form") PartnerReportForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        permissions.requireReportAsPartner(user);
        Instant occurredAt = null;
        try {
            occurredAt = LocalDate.parse(form.getOccurredDate().trim()).atTime(LocalTime.parse(form.getOccurredTime().trim()))
                    .atZone(Incidents.STOCKHOLM).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            binding.rejectValue("occurredAt", "incidents.partner.occurredAt.invalid");
        }
        Position position = null;
        boolean hasLat = form.getLatitude() != null && !form.getLatitude().isBlank();
        boolean hasLon = form.getLongitude() != null && !form.getLongitude().isBlank();
        if (hasLat || hasLon) {
            try {
                position = new Position(Double.parseDouble(form.getLatitude().trim().replace(',', '.')),
                        Double.parseDouble(form.getLongitude().trim().replace(',', '.')));
            } catch (NumberFormatException | NullPointerException e) {
                binding.rejectValue("position", "incidents.position.invalid");
            }
        }
        Instant at = occurredAt;
        Position p = position;
        var created = FormErrors.attempt(binding, () -> incidents.reportPartnerIncident(user.municipalityId(),
                user.partnerOrganisationId(), new Incidents.PartnerReport(form.getCategoryCode(), at, p, form.getAddress(),
                        form.getDescription(), form.isPoliceReported(), form.getPoliceReportNumber())));
        if (created.isPresent()) {
            redirect.addFlashAttribute("flash", "incidents.partner.saved");
            return "redirect:/partner/reports/" + created.get().id();
        }
        return formView(user, model);
    }

    @GetMapping("/reports/{id}")
    String report(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireReportAsPartner(user);
        long m = user.municipalityId();
        IncidentDirectory.PartnerFields fields = directory.partnerFields(m, id)
                .filter(f -> user.partnerOrganisationId().equals(f.partnerOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Incident", id));
        model.addAttribute("incident", directory.findIncident(m, id).orElseThrow());
        model.addAttribute("fields", fields);
        return "incidents/partner/report";
    }

    private String formView(CurrentUser user, Model model) {
        List<CategoryInfo> categories = directory.categories(user.municipalityId()).stream().filter(CategoryInfo::active).toList();
        model.addAttribute("categories", categories);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("attribution", attribution);
        return "incidents/partner/new";
    }
}
