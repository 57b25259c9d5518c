package se.tryggve.meetings;

import java.util.List;

/** A paragraph of the minutes with all its parts. */
public record ParagraphView(long id, long meetingId, String label, int number, String title, Long caseId,
                            String caseNumber, DecisionType decisionType, Long targetBodyId, String targetBodyName,
                            String proposedDecision, String instructions, String summary, String chairOrder,
                            String sentTo, boolean immediateAdjustment, boolean adjusted, boolean locked,
                            Long sourceParagraphId, long version, List<ItemView> items, List<VoteView> votes) {

    public List<ItemView> items(ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }

    /** A listed part; name and party are read from the register on the meeting date. */
    public record ItemView(long id, ItemKind kind, int position, Long personId, String name, String party,
                           String title, String text, String annexRef) {
    }

    public record VoteView(long id, String proposition, String jaMeans, String nejMeans, List<BallotView> ballots,
                           int ja, int nej, int avstar) {
    }

    public record BallotView(long personId, String name, String party, Choice choice) {
    }
}
