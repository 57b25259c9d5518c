package se.tryggve.assessment;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import se.tryggve.organisation.Bodies;
import se.tryggve.organisation.Municipalities;
import se.tryggve.shared.ArchivalPdf;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.SwedishDates;

/**
 * The lägesbild as one document: the same template is the PDF/A-2u + PDF/UA-1 (the archived record sent
 * to the deciding body) and the content of the page, with the generated charts and map as PNG pictures
 * that carry their alt text.
 */
@Component
class AssessmentDocument {

    static final String TEMPLATE = "assessment/document";

    private final Assessments assessments;
    private final AssessmentFigures figures;
    private final Municipalities municipalities;
    private final Bodies bodies;
    private final ITemplateEngine templates;

    AssessmentDocument(Assessments assessments, AssessmentFigures figures, Municipalities municipalities, Bodies bodies,
                       ITemplateEngine templates) {
        this.assessments = assessments;
        this.figures = figures;
        this.municipalities = municipalities;
        this.bodies = bodies;
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    Map<String, Object> model(long m, long id, boolean pdf) {
        AssessmentDetails d = assessments.details(m, id);
        Map<String, Object> model = new HashMap<>();
        model.put("doc", d);
        model.put("a", d.assessment());
        model.put("mapping", figures.mapping(m, d.assessment()));
        model.put("municipalityName", municipalities.find(m).orElseThrow(() -> new NotFoundException("Municipality", m)).name());
        Long body = assessments.settingsOf(m).decidingBodyId();
        model.put("decidingBody", body == null ? null : bodies.findBody(m, body).name());
        model.put("w", new SwedishDates());
        model.put("pdf", pdf);
        return model;
    }

    String html(long m, long id) {
        return templates.process(TEMPLATE, new Context(AssessmentFigures.SWEDISH, model(m, id, true)));
    }

    byte[] pdf(long m, long id) {
        return ArchivalPdf.fromXhtml(html(m, id));
    }

    static String fileName(AssessmentInfo a) {
        return "lagesbild-" + a.periodFrom().getYear() + "-" + a.periodTo().getYear() + "-v" + a.versionNumber() + ".pdf";
    }
}
