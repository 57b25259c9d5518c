package se.tryggve.incidents;

import org.springframework.stereotype.Component;

/**
 * The point-in-district lookup the import uses for rows with a position and no district column: the
 * register's own ({@link Districts#districtAt}, JTS with the municipality's polygons cached).
 */
@Component
class IncidentImportDistricts {

    private final Districts districts;

    IncidentImportDistricts(Districts districts) {
        this.districts = districts;
    }

    Long districtAt(long municipalityId, double latitude, double longitude) {
        return districts.districtAt(municipalityId, new Position(latitude, longitude)).map(DistrictInfo::id).orElse(null);
    }
}
