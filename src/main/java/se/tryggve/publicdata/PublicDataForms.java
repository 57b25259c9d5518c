package se.tryggve.publicdata;

import org.springframework.web.multipart.MultipartFile;

/** Form objects of the public-data pages. */
final class PublicDataForms {

    private PublicDataForms() {
    }

    /** An uploaded file, with the kind of statistical area or the KPI title where the import needs them. */
    static class ImportForm {
        private MultipartFile file;
        private String kind = "DESO";
        private String title;

        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile v) { file = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
    }

    static class SettingsForm {
        private String policeUrl;
        private String policeLocation;
        private String contact;
        private boolean scheduledFetch;
        private int fetchIntervalMinutes = 60;
        private String desoUrl;
        private String regsoUrl;
        private String koladaUrl;
        private String koladaKpis;
        private String koladaComparison = "0000";
        private long version = -1;

        static SettingsForm of(PublicDataSettings s) {
            SettingsForm f = new SettingsForm();
            f.policeUrl = s.policeUrl();
            f.policeLocation = s.policeLocation();
            f.contact = s.contact();
            f.scheduledFetch = s.scheduledFetch();
            f.fetchIntervalMinutes = s.fetchIntervalMinutes();
            f.desoUrl = s.desoUrl();
            f.regsoUrl = s.regsoUrl();
            f.koladaUrl = s.koladaUrl();
            f.koladaKpis = s.koladaKpis();
            f.koladaComparison = s.koladaComparison();
            f.version = s.version();
            return f;
        }

        PublicDataSettings input() {
            return new PublicDataSettings(policeUrl, policeLocation, contact, scheduledFetch, fetchIntervalMinutes, desoUrl,
                    regsoUrl, koladaUrl, koladaKpis, koladaComparison, version);
        }

        public String getPoliceUrl() { return policeUrl; }
        public void setPoliceUrl(String v) { policeUrl = v; }
        public String getPoliceLocation() { return policeLocation; }
        public void setPoliceLocation(String v) { policeLocation = v; }
        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
        public boolean isScheduledFetch() { return scheduledFetch; }
        public void setScheduledFetch(boolean v) { scheduledFetch = v; }
        public int getFetchIntervalMinutes() { return fetchIntervalMinutes; }
        public void setFetchIntervalMinutes(int v) { fetchIntervalMinutes = v; }
        public String getDesoUrl() { return desoUrl; }
        public void setDesoUrl(String v) { desoUrl = v; }
        public String getRegsoUrl() { return regsoUrl; }
        public void setRegsoUrl(String v) { regsoUrl = v; }
        public String getKoladaUrl() { return koladaUrl; }
        public void setKoladaUrl(String v) { koladaUrl = v; }
        public String getKoladaKpis() { return koladaKpis; }
        public void setKoladaKpis(String v) { koladaKpis = v; }
        public String getKoladaComparison() { return koladaComparison; }
        public void setKoladaComparison(String v) { koladaComparison = v; }
        public long getVersion() { return version; }
        public void setVersion(long v) { version = v; }
    }
}
