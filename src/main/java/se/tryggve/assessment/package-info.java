/**
 * The lägesbild (situation assessment) under lag (2023:196) om kommuners ansvar för brottsförebyggande
 * arbete, 4 §: a versioned document for a period with the mapping of crime (generated from the incident
 * register), other relevant information, the analysis (prioritised problems and their causes from the
 * place, victim and offender perspectives) and a source register; decided by a configurable body through
 * a case and a meeting paragraph, with a reminder before it is due for revision.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment",
        allowedDependencies = {"shared", "shared :: web", "shared :: graphics", "meetings", "security", "organisation", "incidents", "governance", "cases", "publicdata"})
package se.tryggve.assessment;
