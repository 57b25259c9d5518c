package se.tryggve.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.tryggve.organisation.MembershipInfo;
import se.tryggve.organisation.MembershipRole;
import se.tryggve.shared.RuleViolationException;

/**
 * Who is present and who serves at each paragraph: the meeting's attendance, then the changes of
 * attendance in paragraph order (within a paragraph in the order of {@link AttendanceChangeKind}).
 * Only serving members take part in a decision, vote and may enter a reservation (KL 4 kap. 27 §,
 * 6 kap. 28 §), so every check of a paragraph uses the attendance at that paragraph.
 */
final class AttendanceAtParagraph {

    /** At one paragraph: serving person → the member they serve for (null in their own seat); present people. */
    record At(Map<Long, Long> serving, Set<Long> present) {

        boolean serves(Long personId) {
            return personId != null && serving.containsKey(personId);
        }
    }

    private AttendanceAtParagraph() {
    }

    /**
     * The attendance at every paragraph, by paragraph id. Strict: an impossible change (leaving when
     * not serving, a substitute for a member who serves…) is refused with the reason; lenient skips it.
     */
    static Map<Long, At> compute(List<MeetingStore.AttendanceRow> attendance, List<MeetingStore.ParagraphRow> paragraphs,
                                 List<MeetingStore.ChangeRow> changes, Map<Long, MembershipInfo> register, boolean strict) {
        Map<Long, Long> serving = new LinkedHashMap<>();
        Set<Long> present = new HashSet<>();
        for (MeetingStore.AttendanceRow a : attendance) {
            if (a.personId() == null) {
                continue;
            }
            present.add(a.personId());
            if (a.kind().serving()) {
                serving.put(a.personId(), a.kind() == AttendanceKind.SERVING_SUBSTITUTE ? a.replacesPersonId() : null);
            }
        }
        Map<Long, List<MeetingStore.ChangeRow>> byParagraph = new HashMap<>();
        for (MeetingStore.ChangeRow c : changes) {
            byParagraph.computeIfAbsent(c.fromParagraphId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, At> result = new LinkedHashMap<>();
        for (MeetingStore.ParagraphRow p : paragraphs) {
            List<MeetingStore.ChangeRow> here = new ArrayList<>(byParagraph.getOrDefault(p.id(), List.of()));
            here.sort(Comparator.comparing(MeetingStore.ChangeRow::kind).thenComparing(MeetingStore.ChangeRow::id));
            for (MeetingStore.ChangeRow c : here) {
                String problem = apply(c, serving, present, register);
                if (problem != null && strict) {
                    throw new RuleViolationException(c.kind().substitute() && problem.contains("replaces")
                            ? "replacesPersonId" : "personId", problem);
                }
            }
            result.put(p.id(), new At(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(serving)), Set.copyOf(present)));
        }
        return result;
    }

    /** Applies one change; returns the message key of why it is impossible (and changes nothing), or null. */
    static String apply(MeetingStore.ChangeRow c, Map<Long, Long> serving, Set<Long> present,
                        Map<Long, MembershipInfo> register) {
        long who = c.personId();
        MembershipInfo seat = register.get(who);
        switch (c.kind()) {
            case LEAVES -> {
                if (!present.contains(who)) {
                    return "meetings.change.leaves.notPresent";
                }
                serving.remove(who);
                present.remove(who);
            }
            case SUBSTITUTE_STOPS -> {
                if (!serving.containsKey(who) || serving.get(who) == null
                        || (c.replacesPersonId() != null && !c.replacesPersonId().equals(serving.get(who)))) {
                    return "meetings.change.stops.notServing";
                }
                serving.remove(who);
            }
            case ARRIVES -> {
                if (seat == null || seat.role() == MembershipRole.SUBSTITUTE) {
                    return "meetings.change.arrives.notMember";
                }
                if (serving.containsKey(who)) {
                    return "meetings.change.arrives.alreadyServing";
                }
                if (serving.containsValue(who)) {
                    return "meetings.change.arrives.replaced";
                }
                serving.put(who, null);
                present.add(who);
            }
            case SUBSTITUTE_STARTS -> {
                if (seat == null || seat.role() != MembershipRole.SUBSTITUTE) {
                    return "meetings.change.substitute.notSubstitute";
                }
                if (serving.containsKey(who)) {
                    return "meetings.change.substitute.alreadyServing";
                }
                Long replaced = c.replacesPersonId();
                MembershipInfo replacedSeat = replaced == null ? null : register.get(replaced);
                if (replacedSeat == null || replacedSeat.role() == MembershipRole.SUBSTITUTE) {
                    return "meetings.change.replacesUnknown";
                }
                if (serving.containsKey(replaced) || serving.containsValue(replaced)) {
                    return "meetings.change.replacesServing";
                }
                serving.put(who, replaced);
                present.add(who);
            }
        }
        return null;
    }
}
