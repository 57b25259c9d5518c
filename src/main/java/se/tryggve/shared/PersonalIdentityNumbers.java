package se.tryggve.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer, SKV 704) and coordination numbers
 * (samordningsnummer: the day plus 60) in free text, so that free text that must not identify anyone can
 * refuse them: the narrative of the extremism follow-up and the partner reports of the incident register
 * (EST reports describe places and events, never people). The follow-up holds aggregates only: a personal identity number next to a text
 * about violent extremism would tie a person to data that reveal political or religious views or
 * suspicions of crime — special categories under GDPR art. 9 and 10 — which the guideline forbids.
 * <p>
 * Recognised: YYMMDD-NNNN, YYMMDD+NNNN (over 100 years old), YYMMDDNNNN, YYYYMMDD-NNNN and
 * YYYYMMDDNNNN, with a real month and day and a valid Luhn check digit over the ten digits
 * YYMMDDNNNN. The check digit keeps ordinary numbers (amounts, case numbers) from being refused;
 * a ten-digit phone number that happens to pass is refused too — rather that than a personal number
 * let through; the user can write it with spaces.
 */
public final class PersonalIdentityNumbers {

    // not preceded or followed by a digit, so a part of a longer number is not taken for one
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!\\d)(?:(\\d{2}))?(\\d{2})(\\d{2})(\\d{2})[-+]?(\\d{4})(?!\\d)");

    private PersonalIdentityNumbers() {
    }

    /** True when the text holds something that is a valid personal identity or coordination number. */
    public static boolean containsOne(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String century = m.group(1);
            if (century != null && !century.equals("18") && !century.equals("19") && !century.equals("20")) {
                continue;
            }
            String yy = m.group(2);
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            if (day > 60) {
                day -= 60; // samordningsnummer
            }
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                continue;
            }
            if (luhnValid(yy + m.group(3) + m.group(4) + m.group(5))) {
                return true;
            }
        }
        return false;
    }

    /** The Luhn (mod 10) check over ten digits, weights 2,1,2,1,… from the left, as SKV 704 describes. */
    public static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int d = tenDigits.charAt(i) - '0';
            int p = i % 2 == 0 ? d * 2 : d;
            sum += p > 9 ? p - 9 : p;
        }
        return sum % 10 == 0;
    }
}
