package se.tryggve.incidents;

/**
 * The point-in-district lookup the import uses for rows with a position and no district column; the
 * register's {@code Districts} answers it once merged (a bean of this type is then present).
 */
interface IncidentImportDistricts {
    Long districtAt(long municipalityId, double latitude, double longitude);
}
