/**
 * Headless Java2D renderers for the pictures in Tryggve's documents: bar and line charts and a map image
 * (district outlines, points, weighted grid cells), each returned as PNG bytes with an alt text, so a PDF/A
 * (raster images are allowed in PDF/A-2) and an HTML page can show the same picture to sighted readers and,
 * in words, to screen readers (WCAG 1.1.1, PDF/UA-1 7.3: every figure needs alternative text). Coordinates on
 * the map are plain projected x/y (callers pass SWEREF 99 TM metres), so the shared kernel stays free of
 * any geodesy library. Exposed as the named interface "graphics" of the shared kernel; modules declare
 * {@code "shared :: graphics"} in their allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("graphics")
package se.tryggve.shared.graphics;
