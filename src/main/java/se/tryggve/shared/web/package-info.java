/**
 * Web vocabulary every module may use: the JSON API annotation and its problem responses, paged
 * results, form errors. Exposed as the named interface "web" of the shared kernel; modules declare
 * {@code "shared :: web"} in their allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("web")
package se.tryggve.shared.web;
