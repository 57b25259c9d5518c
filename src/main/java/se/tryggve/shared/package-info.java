/**
 * Shared kernel: the vocabulary every module may use — periods, state-change events for the audit
 * log, not-found and conflict signals, RFC 7807 problem responses, the page layout and locale.
 * Depends on nothing else in Tryggve. Its web helpers are the named interface {@code shared :: web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package se.tryggve.shared;
