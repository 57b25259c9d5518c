package se.tryggve.organisation;

/** How a municipality judges goal fulfilment in its follow-up reports. */
public enum JudgementScale {
    /** No judgement, only text. */
    NONE,
    /** Uppfyllt / delvis uppfyllt / ej uppfyllt. */
    MET_PARTLY_NOT_MET,
    /** Green / yellow / red. */
    TRAFFIC_LIGHTS
}
