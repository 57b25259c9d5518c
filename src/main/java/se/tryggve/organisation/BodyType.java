package se.tryggve.organisation;

/** Kinds of political bodies (KL 3 kap., 6 kap.): council, board, committees and their preparatory committees. */
public enum BodyType {
    COUNCIL,
    BOARD,
    COMMITTEE,
    PREPARATORY_COMMITTEE
}
