package se.tryggve.shared.calendar;

/**
 * A date of the minutes that breaks a time limit of the Local Government Act. A warning, not a
 * refusal: the minutes record what happened, and a late adjustment or posting does not make them
 * void — but the secretary should see it (real notices contain wrong hand-typed dates).
 *
 * @param code       what is wrong
 * @param messageKey the text in the bundle {@code messages/shared}
 * @param args       the message's arguments: the date concerned, the date it is counted from, the last allowed day
 */
public record NoticeWarning(Code code, String messageKey, Object... args) {

    public NoticeWarning {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoticeWarning w && code == w.code && messageKey.equals(w.messageKey)
                && java.util.Arrays.equals(args, w.args);
    }

    @Override
    public int hashCode() {
        return 31 * code.hashCode() + java.util.Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return code + java.util.Arrays.toString(args);
    }

    public enum Code {
        /** Adjusted after the 14 days of KL 6 kap. 35 § (5 kap. 69 § for the council). */
        ADJUSTED_LATE("calendar.warning.adjustedLate"),
        /** Posted on the notice board later than the second day after adjustment (KL 8 kap. 12 §). */
        POSTED_LATE("calendar.warning.postedLate"),
        /** Adjusted before the meeting was held: a mistyped date. */
        ADJUSTED_BEFORE_MEETING("calendar.warning.adjustedBeforeMeeting"),
        /** Posted before the minutes were adjusted: nothing could be announced yet. */
        POSTED_BEFORE_ADJUSTMENT("calendar.warning.postedBeforeAdjustment");

        private final String messageKey;

        Code(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    static NoticeWarning of(Code code, Object... args) {
        return new NoticeWarning(code, code.messageKey(), args);
    }
}
