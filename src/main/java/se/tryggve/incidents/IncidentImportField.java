package se.tryggve.incidents;

import java.util.List;

/**
 * The fields a CSV import can fill, each with the column headers recognised without a mapping (the field's
 * own name and its Swedish name, compared without case). A mapping names another header for a field.
 */
public enum IncidentImportField {
    REPORTED_AT("reported_at", "rapporterad"),
    CATEGORY("category", "kategori"),
    OFFENSIVE("offensive", "kränkande"),
    CHANNEL("channel", "kanal"),
    STATUS("status"),
    LATITUDE("latitude", "lat", "latitud"),
    LONGITUDE("longitude", "lon", "lng", "longitud"),
    ADDRESS("address", "adress"),
    DISTRICT("district", "område"),
    DESCRIPTION("description", "beskrivning"),
    PROPERTY_OWNER("property_owner", "fastighetsägare"),
    POLICE_REPORT_NUMBER("police_report_number", "polisanmälan"),
    POLICE_REPORTED("police_reported", "polisanmäld"),
    REMOVED_AT("removed_at", "sanerad"),
    COST("cost", "kostnad"),
    CONTRACTOR("contractor", "entreprenör"),
    COST_DATE("cost_date", "kostnadsdatum");

    private final List<String> headers;

    IncidentImportField(String... headers) {
        this.headers = List.of(headers);
    }

    /** The field's own header name, e.g. "reported_at". */
    public String header() {
        return headers.get(0);
    }

    public List<String> headers() {
        return headers;
    }

    /** Form and API name of the mapping parameter, e.g. "reportedAt". */
    public String param() {
        String[] parts = header().split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
