package se.tryggve.assessment;

/**
 * The sections of a lägesbild as lag (2023:196) 4 § and Brå's guidance name them: the mapping of crime
 * (kartläggning), other relevant information, the analysis, and the source register (källförteckning).
 */
public enum SectionKind { MAPPING, OTHER_INFORMATION, ANALYSIS, SOURCES }
