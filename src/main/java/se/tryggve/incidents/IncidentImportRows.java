package se.tryggve.incidents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Validation of one CSV row into an incident to write. Collects every problem of the row (not only the
 * first), each with the field, so the report tells the user all that must be fixed at once.
 */
final class IncidentImportRows {

    /** A category as the import resolves it. */
    record Category(long id, boolean graffiti, boolean offensive) {
    }

    /** A validated row. */
    record Row(long categoryId, boolean offensive, IncidentStatus status, Channel channel, Instant reportedAt, Double latitude,
               Double longitude, String address, Long districtId, String description, String propertyOwner,
               String policeReportNumber, boolean policeReported, Instant removedAt, Integer removalMinutes,
               Boolean withinTarget, BigDecimal cost, String contractor, LocalDate costDate) {
    }

    /** Resolves a district by position when the file has no district column (the register's point-in-district lookup). */
    interface DistrictLookup {
        Long districtAt(double latitude, double longitude);
    }

    private final Map<String, Category> categories;
    private final Map<String, Long> districts;
    private final DistrictLookup lookup;
    private final GraffitiGuideline guideline;
    private final EnumMap<IncidentImportField, Integer> columns;

    IncidentImportRows(Map<String, Category> categories, Map<String, Long> districts, DistrictLookup lookup,
                       GraffitiGuideline guideline, EnumMap<IncidentImportField, Integer> columns) {
        this.categories = categories;
        this.districts = districts;
        this.lookup = lookup;
        this.guideline = guideline;
        this.columns = columns;
    }

    private String get(CSVRecord r, IncidentImportField f) {
        Integer i = columns.get(f);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    /** The row, or null with the problems added to {@code errors}. */
    Row validate(CSVRecord r, int line, List<IncidentImportJob.RowError> errors) {
        List<IncidentImportJob.RowError> mine = new ArrayList<>(2);
        Instant reportedAt = null;
        String s = get(r, IncidentImportField.REPORTED_AT);
        if (s == null) {
            mine.add(err(line, IncidentImportField.REPORTED_AT, "incidentstats.import.required"));
        } else if ((reportedAt = time(s)) == null) {
            mine.add(err(line, IncidentImportField.REPORTED_AT, "incidentstats.import.time"));
        }
        Category category = null;
        s = get(r, IncidentImportField.CATEGORY);
        if (s == null) {
            mine.add(err(line, IncidentImportField.CATEGORY, "incidentstats.import.required"));
        } else if ((category = categories.get(s.toLowerCase(Locale.ROOT))) == null) {
            mine.add(err(line, IncidentImportField.CATEGORY, "incidentstats.import.category"));
        }
        Boolean offensive = bool(r, IncidentImportField.OFFENSIVE, line, mine);
        Boolean police = bool(r, IncidentImportField.POLICE_REPORTED, line, mine);
        Channel channel = Channel.STAFF;
        s = get(r, IncidentImportField.CHANNEL);
        if (s != null) {
            try {
                channel = Channel.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                mine.add(err(line, IncidentImportField.CHANNEL, "incidentstats.import.channel"));
            }
        }
        Instant removedAt = null;
        s = get(r, IncidentImportField.REMOVED_AT);
        if (s != null && (removedAt = time(s)) == null) {
            mine.add(err(line, IncidentImportField.REMOVED_AT, "incidentstats.import.time"));
        }
        if (removedAt != null && reportedAt != null && removedAt.isBefore(reportedAt)) {
            mine.add(err(line, IncidentImportField.REMOVED_AT, "incidentstats.import.removedBeforeReported"));
        }
        IncidentStatus status = removedAt != null ? IncidentStatus.REMOVED : IncidentStatus.REPORTED;
        s = get(r, IncidentImportField.STATUS);
        if (s != null) {
            try {
                status = IncidentStatus.valueOf(s.toUpperCase(Locale.ROOT));
                if (status == IncidentStatus.REMOVED && removedAt == null) {
                    mine.add(err(line, IncidentImportField.REMOVED_AT, "incidentstats.import.removedMissing"));
                }
            } catch (IllegalArgumentException e) {
                mine.add(err(line, IncidentImportField.STATUS, "incidentstats.import.statusInvalid"));
            }
        }
        Double lat = number(r, IncidentImportField.LATITUDE, line, mine, -90, 90);
        Double lon = number(r, IncidentImportField.LONGITUDE, line, mine, -180, 180);
        if ((lat == null) != (lon == null) && !hasError(mine, IncidentImportField.LATITUDE, IncidentImportField.LONGITUDE)) {
            mine.add(err(line, lat == null ? IncidentImportField.LATITUDE : IncidentImportField.LONGITUDE, "incidentstats.import.positionPair"));
        }
        Long district = null;
        s = get(r, IncidentImportField.DISTRICT);
        if (s != null) {
            district = districts.get(s.toLowerCase(Locale.ROOT));
            if (district == null) {
                mine.add(err(line, IncidentImportField.DISTRICT, "incidentstats.import.district"));
            }
        } else if (lat != null && lon != null && lookup != null) {
            district = lookup.districtAt(lat, lon);
        }
        String address = text(r, IncidentImportField.ADDRESS, 300, line, mine);
        String description = text(r, IncidentImportField.DESCRIPTION, 4000, line, mine);
        String owner = text(r, IncidentImportField.PROPERTY_OWNER, 200, line, mine);
        String policeNumber = text(r, IncidentImportField.POLICE_REPORT_NUMBER, 40, line, mine);
        String contractor = text(r, IncidentImportField.CONTRACTOR, 200, line, mine);
        BigDecimal cost = null;
        s = get(r, IncidentImportField.COST);
        if (s != null) {
            try {
                cost = new BigDecimal(s.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
                if (cost.signum() < 0) {
                    mine.add(err(line, IncidentImportField.COST, "incidentstats.import.costNegative"));
                } else if (cost.scale() > 2 || cost.precision() - cost.scale() > 10) {
                    mine.add(err(line, IncidentImportField.COST, "incidentstats.import.number"));
                }
            } catch (NumberFormatException e) {
                mine.add(err(line, IncidentImportField.COST, "incidentstats.import.number"));
            }
        }
        LocalDate costDate = null;
        s = get(r, IncidentImportField.COST_DATE);
        if (s != null) {
            try {
                costDate = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                mine.add(err(line, IncidentImportField.COST_DATE, "incidentstats.import.date"));
            }
        }
        if (!mine.isEmpty()) {
            errors.addAll(mine);
            return null;
        }
        boolean isOffensive = offensive != null ? offensive : category.offensive();
        Integer minutes = null;
        Boolean within = null;
        if (removedAt != null) {
            minutes = GraffitiTargets.removalMinutes(reportedAt, removedAt);
            if (category.graffiti()) {
                within = GraffitiTargets.withinTarget(guideline, reportedAt, removedAt, isOffensive);
            }
        }
        if (cost != null && costDate == null) {
            costDate = (removedAt != null ? removedAt : reportedAt).atZone(GraffitiTargets.ZONE).toLocalDate();
        }
        return new Row(category.id(), isOffensive, status, channel, reportedAt, lat, lon, address, district, description, owner,
                policeNumber, (police != null && police) || policeNumber != null, removedAt, minutes, within, cost, contractor,
                costDate);
    }

    private static boolean hasError(List<IncidentImportJob.RowError> errors, IncidentImportField... fields) {
        for (IncidentImportJob.RowError e : errors) {
            for (IncidentImportField f : fields) {
                if (f.header().equals(e.field())) {
                    return true;
                }
            }
        }
        return false;
    }

    private String text(CSVRecord r, IncidentImportField f, int max, int line, List<IncidentImportJob.RowError> errors) {
        String s = get(r, f);
        if (s != null && s.length() > max) {
            errors.add(err(line, f, "incidentstats.import.tooLong"));
            return null;
        }
        return s;
    }

    private Double number(CSVRecord r, IncidentImportField f, int line, List<IncidentImportJob.RowError> errors, double min, double max) {
        String s = get(r, f);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.replace(',', '.'));
            if (d < min || d > max || Double.isNaN(d)) {
                errors.add(err(line, f, "incidentstats.import.range"));
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.add(err(line, f, "incidentstats.import.number"));
            return null;
        }
    }

    private Boolean bool(CSVRecord r, IncidentImportField f, int line, List<IncidentImportJob.RowError> errors) {
        String s = get(r, f);
        if (s == null) {
            return null;
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "ja", "yes", "1", "j", "x" -> {
                return true;
            }
            case "false", "nej", "no", "0", "n" -> {
                return false;
            }
            default -> {
                errors.add(err(line, f, "incidentstats.import.boolean"));
                return null;
            }
        }
    }

    private static IncidentImportJob.RowError err(int line, IncidentImportField f, String key) {
        return new IncidentImportJob.RowError(line, f.header(), key, null);
    }

    /**
     * A time: with an offset or Z (ISO 8601), else a local time in Europe/Stockholm ("2021-03-10 10:00",
     * "2021-03-10T10:00:00"), or a date alone (midnight).
     */
    static Instant time(String s) {
        try {
            int n = s.length();
            if (n > 16 && (s.charAt(n - 1) == 'Z' || s.charAt(n - 6) == '+' || s.charAt(n - 6) == '-')) {
                return OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
            }
            if (n == 10) {
                return LocalDate.parse(s).atStartOfDay(GraffitiTargets.ZONE).toInstant();
            }
            return LocalDateTime.parse(s.replace(' ', 'T')).atZone(GraffitiTargets.ZONE).toInstant();
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }
}
