/**
 * Shared kernel: the vocabulary every module may use — periods, state-change events for the audit
 * log, not-found and conflict signals, RFC 7807 problem responses, the page layout and locale.
 * Depends on nothing else in Tryggve. Open, so that modules may also use its web helpers
 * ({@code shared.web}: ApiController, FormErrors, PageResult), as the style guide asks them to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.tryggve.shared;
