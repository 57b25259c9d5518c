package se.tryggve.est;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import se.tryggve.incidents.Districts;
import se.tryggve.incidents.Projection;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.SwedishDates;
import se.tryggve.shared.web.FormErrors;

/**
 * Pages of the EST pictures under {@code /est}: the list of a year's pictures, a picture (figures, charts,
 * the hot-spot map; for a draft the form to pick notable events, write the focus and compile), sending to
 * the EST group, the PDF, and the EST group's addresses.
 */
@Controller
@RequestMapping("/est")
class EstPages {

    private final EstPictures pictures;
    private final EstDocuments documents;
    private final EstPermissions permissions;
    private final Districts districts;
    private final Clock clock;

    EstPages(EstPictures pictures, EstDocuments documents, EstPermissions permissions, Districts districts, Clock clock) {
        this.pictures = pictures;
        this.documents = documents;
        this.permissions = permissions;
        this.districts = districts;
        this.clock = clock;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        permissions.requireRead(user);
        LocalDate today = LocalDate.now(clock.withZone(SwedishDates.SWEDEN));
        EstPeriod thisWeek = EstPeriod.weekOf(today);
        int y = year == null ? thisWeek.year() : Math.max(2000, Math.min(2100, year));
        long m = user.municipalityId();
        model.addAttribute("year", y);
        model.addAttribute("weeks", pictures.pictures(m, PeriodKind.WEEK, y));
        model.addAttribute("months", pictures.pictures(m, PeriodKind.MONTH, y));
        model.addAttribute("tertials", pictures.pictures(m, PeriodKind.TERTIAL, y));
        model.addAttribute("lastWeek", thisWeek.previous().key());
        model.addAttribute("thisWeek", thisWeek.key());
        model.addAttribute("lastMonth", EstPeriod.month(today.minusMonths(1).getYear(), today.minusMonths(1).getMonthValue()).key());
        model.addAttribute("mayCompile", permissions.canCompile(user));
        model.addAttribute("titles", new Titles());
        return "est/list";
    }

    /** Titles for the templates. */
    static final class Titles {
        public String of(String periodKey) {
            return EstDocuments.periodTitle(EstPeriod.parse(periodKey));
        }

        public String dateRange(EstPicture p) {
            return SwedishDates.date(p.start()) + " – " + SwedishDates.date(p.end());
        }
    }

    /** The "open a period" form: a week (2025-W47), a month (2025-11) or a tertial (2025-T3). */
    @GetMapping("/open")
    String open(CurrentUser user, @RequestParam(defaultValue = "") String period, RedirectAttributes flash) {
        permissions.requireRead(user);
        try {
            return "redirect:/est/" + EstPeriod.parse(period.trim().toUpperCase(java.util.Locale.ROOT)).key();
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("periodError", period);
            return "redirect:/est";
        }
    }

    @GetMapping("/{period:\\d{4}-.+}")
    String picture(CurrentUser user, @PathVariable String period, Model model) {
        permissions.requireRead(user);
        EstPeriod p = EstPeriod.parse(period);
        EstPicture picture = pictures.findPicture(user.municipalityId(), p).orElse(null);
        return view(user, p, picture, picture == null ? new EstForm() : EstForm.of(picture.draft()), model);
    }

    private String view(CurrentUser user, EstPeriod p, EstPicture picture, EstForm form, Model model) {
        long m = user.municipalityId();
        Figures f = picture != null && picture.compiled() ? picture.figures()
                : pictures.liveFigures(m, p, picture == null ? form.toDraft() : picture.draft());
        model.addAllAttributes(documents.model(m, picture, p, f, false));
        model.addAttribute("form", form);
        model.addAttribute("mayCompile", permissions.canCompile(user));
        model.addAttribute("canMail", pictures.canSendMail());
        model.addAttribute("recipientCount", pictures.recipients(m).size());
        model.addAttribute("versions", pictures.versions(m, p));
        model.addAttribute("candidates", picture != null && picture.compiled() ? List.of() : pictures.candidates(m, p));
        model.addAttribute("pageTitle", EstDocuments.periodTitle(p));
        return "est/picture";
    }

    @PostMapping("/{period:\\d{4}-.+}")
    String save(CurrentUser user, @PathVariable String period, @ModelAttribute("form") EstForm form, BindingResult binding,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes flash) {
        permissions.requireCompile(user);
        EstPeriod p = EstPeriod.parse(period);
        long m = user.municipalityId();
        try {
            boolean compile = "compile".equals(action);
            var done = FormErrors.attempt(binding, () -> compile ? pictures.compilePicture(m, p, form.toDraft())
                    : pictures.saveDraft(m, p, form.toDraft()));
            if (done.isPresent()) {
                flash.addFlashAttribute("flash", compile ? "est.compiled" : "est.saved");
                return "redirect:/est/" + p.key();
            }
        } catch (AlreadyCompiledException e) {
            flash.addFlashAttribute("flash", "est.alreadyCompiled");
            return "redirect:/est/" + p.key();
        }
        return view(user, p, pictures.findPicture(m, p).orElse(null), form, model);
    }

    @PostMapping("/{period:\\d{4}-.+}/correction")
    String correct(CurrentUser user, @PathVariable String period, RedirectAttributes flash) {
        permissions.requireCompile(user);
        EstPeriod p = EstPeriod.parse(period);
        pictures.correctPicture(user.municipalityId(), p);
        flash.addFlashAttribute("flash", "est.correctionStarted");
        return "redirect:/est/" + p.key();
    }

    @PostMapping("/{period:\\d{4}-.+}/send")
    String send(CurrentUser user, @PathVariable String period, RedirectAttributes flash) {
        permissions.requireCompile(user);
        EstPeriod p = EstPeriod.parse(period);
        EstPicture picture = pictures.findPicture(user.municipalityId(), p)
                .orElseThrow(() -> new se.tryggve.shared.NotFoundException(EstPictures.OBJECT_TYPE, p.key()));
        try {
            EstPicture.Sending s = pictures.sendPicture(user.municipalityId(), picture.id());
            flash.addFlashAttribute("flash", "SENT".equals(s.outcome()) ? "est.sent" : "est.sendFailed");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("sendError", e.messageKey());
        }
        return "redirect:/est/" + p.key();
    }

    @GetMapping(path = "/{period:\\d{4}-.+}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable String period) {
        permissions.requireRead(user);
        EstPeriod p = EstPeriod.parse(period);
        long m = user.municipalityId();
        EstPicture picture = pictures.findPicture(m, p)
                .orElseThrow(() -> new se.tryggve.shared.NotFoundException(EstPictures.OBJECT_TYPE, p.key()));
        byte[] bytes = picture.compiled() ? documents.pdf(m, picture)
                : documents.pdf(m, picture, p, pictures.liveFigures(m, p, picture.draft()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(documents.fileName(picture)).build().toString())
                .body(bytes);
    }

    /** The hot-spot cells of the picture (frozen ones when compiled) as GeoJSON polygons in WGS84 for Leaflet. */
    @GetMapping(path = "/{period:\\d{4}-.+}/hotspots.geojson", produces = "application/geo+json")
    @ResponseBody
    String hotspots(CurrentUser user, @PathVariable String period) {
        permissions.requireRead(user);
        EstPeriod p = EstPeriod.parse(period);
        long m = user.municipalityId();
        EstPicture picture = pictures.findPicture(m, p).orElse(null);
        Figures f = picture != null && picture.compiled() ? picture.figures() : pictures.liveFigures(m, p, null);
        ObjectNode fc = EstPictures.JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        int rank = 0;
        for (Figures.Cell c : f.cells()) {
            rank++;
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode props = feature.putObject("properties");
            props.put("reports", c.count());
            props.put("rank", rank);
            props.put("district", c.district());
            ObjectNode g = feature.putObject("geometry");
            g.put("type", "Polygon");
            ArrayNode ring = g.putArray("coordinates").addArray();
            double[][] corners = {{c.x(), c.y()}, {c.x() + c.size(), c.y()}, {c.x() + c.size(), c.y() + c.size()},
                    {c.x(), c.y() + c.size()}, {c.x(), c.y()}};
            for (double[] xy : corners) {
                var pos = Projection.toWgs84(new Projection.Sweref99(xy[1], xy[0]));
                ring.addArray().add(Math.round(pos.longitude() * 1e6) / 1e6).add(Math.round(pos.latitude() * 1e6) / 1e6);
            }
        }
        return fc.toString();
    }

    @GetMapping(path = "/districts.geojson", produces = "application/geo+json")
    @ResponseBody
    String districtsGeoJson(CurrentUser user) {
        permissions.requireRead(user);
        return districts.featureCollection(user.municipalityId());
    }

    @GetMapping("/recipients")
    String recipients(CurrentUser user, Model model) {
        permissions.requireCompile(user);
        model.addAttribute("recipients", String.join("\n", pictures.recipients(user.municipalityId())));
        return "est/recipients";
    }

    @PostMapping("/recipients")
    String saveRecipients(CurrentUser user, @RequestParam(defaultValue = "") String recipients, Model model,
                          RedirectAttributes flash) {
        permissions.requireCompile(user);
        try {
            pictures.saveRecipients(user.municipalityId(), recipients);
        } catch (RuleViolationException e) {
            model.addAttribute("recipients", recipients);
            model.addAttribute("error", e);
            return "est/recipients";
        }
        flash.addFlashAttribute("flash", "est.recipients.saved");
        return "redirect:/est/recipients";
    }
}
