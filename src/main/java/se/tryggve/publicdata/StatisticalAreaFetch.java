package se.tryggve.publicdata;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.tryggve.incidents.StatisticalAreas;

/** Fetches SCB's DeSO or RegSO boundaries from the configured URL and imports them (all or nothing). */
@Service
public class StatisticalAreaFetch {

    private final StatisticalAreas areas;
    private final PublicDataSettingsService settings;
    private final PublicDataHttp http;

    StatisticalAreaFetch(StatisticalAreas areas, PublicDataSettingsService settings, PublicDataHttp http) {
        this.areas = areas;
        this.settings = settings;
        this.http = http;
    }

    @Transactional
    public StatisticalAreas.ImportResult fetchStatisticalAreas(long m, String kind) {
        if (!StatisticalAreas.isStatisticalKind(kind)) {
            throw new se.tryggve.shared.RuleViolationException("kind", "statarea.kind.invalid");
        }
        String body = http.fetch(settings.statisticalAreaUrl(m, kind), settings.contact(m), "publicdata.scb.fetchFailed");
        return areas.importStatisticalAreas(m, kind, body);
    }
}
