package se.tryggve.assessment;

/** An entry of the source register: a source used, a source rejected (with why), or a limitation of the material. */
public enum SourceKind { USED, REJECTED, LIMITATION }
