/**
 * Cases (ärenden): registries with the municipality's case-number formats, gapless case numbers,
 * cases with their documents (the official report and its numbered annexes, motions, statements)
 * and history. Turns an approved follow-up into a case whose official report has the follow-up
 * report as annex 1.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = {"shared", "shared :: web", "security", "organisation", "followup"})
package se.tryggve.cases;
