package se.tryggve.oparl;

import java.util.Map;

/**
 * The id URLs of the OParl objects. Ids are full URLs that answer (OParl 1.1, "URLs"), built from the
 * request's base URL so they are right behind a proxy too. Every object of a municipality lives under
 * its Body, {@code /oparl/v1.1/body/{kommunkod}}, with the OParl property name as the path
 * ({@code /person/12}, {@code /agendaItem/55}): the municipality code and the register ids never change,
 * so the URLs are stable.
 */
record Urls(String base) {

    /** The path segment of each type's objects and list under a body. */
    static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry(OParlType.ORGANIZATION, "organization"),
            Map.entry(OParlType.PERSON, "person"),
            Map.entry(OParlType.MEMBERSHIP, "membership"),
            Map.entry(OParlType.LEGISLATIVE_TERM, "legislativeTerm"),
            Map.entry(OParlType.MEETING, "meeting"),
            Map.entry(OParlType.AGENDA_ITEM, "agendaItem"),
            Map.entry(OParlType.PAPER, "paper"),
            Map.entry(OParlType.CONSULTATION, "consultation"),
            Map.entry(OParlType.FILE, "file"),
            Map.entry(OParlType.LOCATION, "location"));

    static String typeOfPath(String path) {
        return PATHS.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    String system() {
        return base;
    }

    String bodies() {
        return base + "/body";
    }

    String body(String code) {
        return base + "/body/" + code;
    }

    String list(String code, String type) {
        return body(code) + "/" + PATHS.get(type);
    }

    String object(String code, String type, String key) {
        return list(code, type) + "/" + key;
    }
}
