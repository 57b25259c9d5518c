package se.tryggve.publicdata;

/**
 * A municipality's settings for public data. Blank URLs fall back to the installation's defaults
 * ({@code tryggve.publicdata.*}); the contact goes into the User-Agent the police feed asks for.
 */
public record PublicDataSettings(String policeUrl, String policeLocation, String contact, boolean scheduledFetch,
                                 int fetchIntervalMinutes, String desoUrl, String regsoUrl, String koladaUrl,
                                 String koladaKpis, String koladaComparison, long version) {
}
