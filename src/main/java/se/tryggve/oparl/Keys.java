package se.tryggve.oparl;

/**
 * The last part of an object's id URL where one register holds two OParl types: a body of the
 * municipality is an Organization "g{id}" (Gremium), a party "f{id}" (Fraktion); the minutes PDF of a
 * meeting is the File "minutes-{meetingId}", a protocol extract "extract-{paragraphId}".
 */
final class Keys {

    private Keys() {
    }

    static String gremium(Object bodyId) {
        return "g" + bodyId;
    }

    static String fraktion(Object partyId) {
        return "f" + partyId;
    }

    static String minutes(Object meetingId) {
        return "minutes-" + meetingId;
    }

    static String extract(Object paragraphId) {
        return "extract-" + paragraphId;
    }
}
