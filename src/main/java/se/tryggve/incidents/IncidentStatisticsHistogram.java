package se.tryggve.incidents;

import java.util.Map;

/**
 * The removal-time histogram of the rollup and the hotspot grid. Buckets: a quarter hour each below
 * 14 days (exact for times given in quarter hours), then a day each up to a year, then one overflow
 * bucket. The median is read from the merged histogram: the lower bound of the bucket holding the
 * middle removal (the mean of the two middle ones for an even count).
 */
final class IncidentStatisticsHistogram {

    static final int QUARTERS = 14 * 24 * 4;
    static final int DAYS = 366;
    static final int SIZE = QUARTERS + DAYS + 1;
    /** Grid cell size in degrees: about 550 m north–south and 570 m east–west at 59° N. */
    static final double CELL_LAT = 0.005;
    static final double CELL_LON = 0.01;

    private IncidentStatisticsHistogram() {
    }

    static int bucket(int minutes) {
        if (minutes < QUARTERS * 15) {
            return minutes / 15;
        }
        int days = (minutes - QUARTERS * 15) / 1440;
        return QUARTERS + Math.min(days, DAYS);
    }

    static int lowerBoundMinutes(int bucket) {
        return bucket < QUARTERS ? bucket * 15 : QUARTERS * 15 + (bucket - QUARTERS) * 1440;
    }

    static String encode(Map<Integer, Integer> sparse) {
        StringBuilder b = new StringBuilder();
        sparse.forEach((k, v) -> {
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(k).append(':').append(v);
        });
        return b.toString();
    }

    /** Adds an encoded histogram into a dense one. */
    static void addInto(String encoded, int[] dense) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        int n = encoded.length();
        int i = 0;
        while (i < n) {
            int k = 0;
            char ch;
            while ((ch = encoded.charAt(i++)) != ':') {
                k = k * 10 + (ch - '0');
            }
            int v = 0;
            while (i < n && (ch = encoded.charAt(i)) != ',') {
                v = v * 10 + (ch - '0');
                i++;
            }
            i++;
            dense[k] += v;
        }
    }

    /** The median in minutes, or null for an empty histogram. */
    static Double medianMinutes(int[] dense) {
        long total = 0;
        for (int v : dense) {
            total += v;
        }
        if (total == 0) {
            return null;
        }
        long lowRank = (total - 1) / 2; // 0-based ranks of the middle element(s)
        long highRank = total / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (int b = 0; b < dense.length && high == null; b++) {
            seen += dense[b];
            if (low == null && seen > lowRank) {
                low = lowerBoundMinutes(b);
            }
            if (seen > highRank) {
                high = lowerBoundMinutes(b);
            }
        }
        return (low + high) / 2.0;
    }

    static int cellLat(double lat) {
        return (int) Math.floor(lat / CELL_LAT);
    }

    static int cellLon(double lon) {
        return (int) Math.floor(lon / CELL_LON);
    }
}
