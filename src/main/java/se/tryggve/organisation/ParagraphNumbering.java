package se.tryggve.organisation;

/** How minutes paragraphs (paragrafer) are numbered in the municipality. */
public enum ParagraphNumbering {
    /** Starts at § 1 in every meeting. */
    PER_MEETING,
    /** Runs on through the year per body (§ 1–n per body and year). */
    PER_BODY_AND_YEAR,
    /** Written as number/year, e.g. § 12/2021. */
    NUMBER_SLASH_YEAR
}
