/**
 * The Swedish calendar of time limits: public holidays (lag (1989:253) om allmänna helgdagar), the
 * days that count like them when a statutory time limit ends (lag (1930:173) om beräkning av
 * lagstadgad tid), and the dates of a notice of adjusted minutes on the official notice board
 * (kommunallagen 8 kap. 12 §, 13 kap. 5 §). Pure functions of a date, no state, no database.
 * Exposed as the named interface "calendar" of the shared kernel; modules declare
 * {@code "shared :: calendar"} in their allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("calendar")
package se.tryggve.shared.calendar;
