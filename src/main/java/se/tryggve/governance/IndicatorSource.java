package se.tryggve.governance;

/** Where an indicator's values come from: own measurement, a survey (e.g. NTU) or Kolada. */
public enum IndicatorSource {
    OWN, SURVEY, KOLADA
}
