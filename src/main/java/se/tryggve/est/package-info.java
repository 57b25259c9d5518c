/**
 * EST (Effektiv samordning för trygghet): the coordinator's weekly situation picture per ISO week and the
 * monthly and four-monthly (tertial) summaries, compiled from the incident register (partner reports and
 * the municipality's own), frozen when compiled, rendered as HTML and PDF/A with charts and a hot-spot
 * map, and sent by e-mail to the municipality's EST group. Part of the coordination function of
 * lag (2023:196) om kommuners ansvar för brottsförebyggande arbete, 3 §.
 */
@org.springframework.modulith.ApplicationModule(displayName = "EST situation pictures", allowedDependencies = {"shared", "shared :: web", "shared :: graphics", "security", "organisation", "incidents"})
package se.tryggve.est;
