/**
 * The åtgärdsplan (action plan) under lag (2023:196) om kommuners ansvar för brottsförebyggande arbete,
 * 5 §: a governing document of kind ACTION_PLAN based on a lägesbild (4 §), whose measures link to the
 * prioritised problems and causes they address and to indicators; the traceability view problem → cause
 * → measure → indicator → result with warnings (Brå: measures are seldom linked to the problems found and
 * rarely followed up); and the public summary of the adopted lägesbild and its plan. Reads governance,
 * assessment, followup and incidents only through their public query services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plan",
        allowedDependencies = {"shared", "shared :: web", "security", "organisation", "governance", "assessment",
                "followup", "incidents"})
package se.tryggve.actionplan;
