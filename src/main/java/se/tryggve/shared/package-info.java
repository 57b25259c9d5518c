/**
 * Shared kernel: the vocabulary every module may use — periods, state-change events for the audit
 * log, not-found and conflict signals, RFC 7807 problem responses, the page layout and locale.
 * Depends on nothing else in Tryggve. It is an open module so that its sub-package
 * {@code shared.web} (ApiController, PageResult, FormErrors) is usable by every module as well.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.tryggve.shared;
