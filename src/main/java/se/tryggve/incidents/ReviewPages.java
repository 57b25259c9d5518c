package se.tryggve.incidents;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.tryggve.organisation.PartnerDirectory;
import se.tryggve.organisation.PartnerOrganisationInfo;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.StaleVersionException;

/**
 * The coordinator's review queue of new partner reports (mobile first): mark reviewed, reclassify, merge a
 * duplicate into the report it repeats. The first step of the EST weekly cycle, before the weekly picture.
 */
@Controller
@RequestMapping("/incidents/review")
class ReviewPages {

    private final Incidents incidents;
    private final IncidentDirectory directory;
    private final IncidentPermissions permissions;
    private final PartnerDirectory partners;
    private final MessageSource messages;

    ReviewPages(Incidents incidents, IncidentDirectory directory, IncidentPermissions permissions, PartnerDirectory partners,
                MessageSource messages) {
        this.incidents = incidents;
        this.directory = directory;
        this.permissions = permissions;
        this.partners = partners;
        this.messages = messages;
    }

    @GetMapping
    String queue(CurrentUser user, Model model) {
        permissions.requireReview(user);
        long m = user.municipalityId();
        var items = directory.reviewQueue(m, 100);
        Map<Long, IncidentDirectory.PartnerFields> fields = items.stream().collect(Collectors.toMap(IncidentView::id,
                i -> directory.partnerFields(m, i.id()).orElseThrow()));
        model.addAttribute("items", items);
        model.addAttribute("fields", fields);
        model.addAttribute("total", directory.countReviewQueue(m));
        model.addAttribute("partners", partners.partnerOrganisations(m).stream()
                .collect(Collectors.toMap(PartnerOrganisationInfo::id, Function.identity())));
        model.addAttribute("categories", directory.categories(m).stream().filter(CategoryInfo::active).toList());
        return "incidents/review";
    }

    @PostMapping("/{id}/reviewed")
    String reviewed(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        permissions.requireReview(user);
        return run(redirect, id, "incidents.review.done", () -> incidents.markReviewed(user.municipalityId(), id, version, null));
    }

    /** Places a report given with an address only (WGS84 or SWEREF 99 TM, as the map and the police give them). */
    @PostMapping("/{id}/place")
    String place(CurrentUser user, @PathVariable long id, @RequestParam long version,
                 @RequestParam(required = false) String latitude, @RequestParam(required = false) String longitude,
                 @RequestParam(required = false) String northing, @RequestParam(required = false) String easting,
                 RedirectAttributes redirect) {
        permissions.requireReview(user);
        return run(redirect, id, "incidents.review.placed", () -> incidents.placeIncident(user.municipalityId(), id, version,
                PositionInput.resolve(number(latitude), number(longitude), number(northing), number(easting))));
    }

    /** A decimal as Swedes write it too ("59,2369"); anything else is a clear refusal, not a 400 page. */
    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.trim().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new RuleViolationException("position", "incidents.position.invalid");
        }
    }

    @PostMapping("/{id}/reclassify")
    String reclassify(CurrentUser user, @PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) String categoryCode, RedirectAttributes redirect) {
        permissions.requireReview(user);
        return run(redirect, id, "incidents.review.reclassified",
                () -> incidents.reclassifyIncident(user.municipalityId(), id, version, categoryCode, null));
    }

    @PostMapping("/{id}/merge")
    String merge(CurrentUser user, @PathVariable long id, @RequestParam long version,
                 @RequestParam(required = false) String duplicateOf, RedirectAttributes redirect) {
        permissions.requireReview(user);
        return run(redirect, id, "incidents.review.merged", () -> {
            long original;
            try {
                original = Long.parseLong(duplicateOf == null ? "" : duplicateOf.trim().replace("#", ""));
            } catch (NumberFormatException e) {
                throw new RuleViolationException("duplicateOf", "incidents.duplicate.required");
            }
            incidents.mergeDuplicate(user.municipalityId(), id, version, original, null);
        });
    }

    /** Runs a review step; a refusal comes back as a message at the top of the queue, naming the report. */
    private String run(RedirectAttributes redirect, long id, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("reviewError", "#" + id + ": "
                    + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        } catch (StaleVersionException | org.springframework.dao.OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("reviewError", "#" + id + ": "
                    + messages.getMessage("shared.stale", null, "shared.stale", LocaleContextHolder.getLocale()));
        }
        return "redirect:/incidents/review";
    }
}
