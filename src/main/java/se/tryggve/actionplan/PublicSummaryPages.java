package se.tryggve.actionplan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.RuleViolationException;

/**
 * The public summary of the adopted lägesbild and its action plan, without login ({@code /lagesbild?kommun=0126}):
 * lag (2023:196) makes crime prevention a municipal responsibility the residents are entitled to follow.
 * When the installation serves one municipality, it is shown without a code.
 */
@Controller
class PublicSummaryPages {

    private final PublicSummaries summaries;
    private final MessageSource messages;

    PublicSummaryPages(PublicSummaries summaries, MessageSource messages) {
        this.summaries = summaries;
        this.messages = messages;
    }

    @GetMapping("/lagesbild")
    String summary(@RequestParam(name = "kommun", required = false) String kommun, Model model, Locale locale,
                   HttpServletResponse response) {
        List<Municipality> all = summaries.municipalities();
        Optional<Municipality> chosen;
        try {
            chosen = summaries.municipality(kommun);
        } catch (RuleViolationException e) {
            // a malformed code: say so above the choice rather than an error page
            response.setStatus(400);
            model.addAttribute("codeError", e.messageKey());
            chosen = Optional.empty();
        }
        if (chosen.isEmpty() && all.size() == 1 && model.getAttribute("codeError") == null) {
            chosen = Optional.of(all.get(0));
        }
        model.addAttribute("municipalities", all.size() > 1 ? all : List.of());
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("summary", chosen.map(mu -> summaries.summary(mu,
                messages.getMessage("actionplan.public.unknownDistrict", null, locale))).orElse(null));
        return "actionplan/public";
    }
}
