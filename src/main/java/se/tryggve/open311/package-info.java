/**
 * Open311 GeoReport v2 at {@code /open311/v2}: discovery, the incident categories as services with
 * their service definitions (attributes), reports posted by client applications with an api key,
 * and the public reads of requests and tokens, in XML and JSON as the specification describes.
 * Administrators create and revoke the api keys. Personal data of reporters is handed to the
 * incidents module and never read back here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311", allowedDependencies = {"incidents", "shared", "shared :: web", "security", "organisation"})
package se.tryggve.open311;
