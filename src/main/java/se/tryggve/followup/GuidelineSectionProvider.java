package se.tryggve.followup;

import java.util.List;

/**
 * Implemented by modules that own the data of a guideline (the incident register for graffiti, …) to
 * add their sections to the follow-up report. Every Spring bean of this type is asked, in
 * {@link org.springframework.core.annotation.Order} order.
 */
public interface GuidelineSectionProvider {

    /** The sections for the follow-up of a document for a year; empty when the provider has none. */
    List<GuidelineSection> sectionsFor(long municipalityId, long documentId, int year);
}
