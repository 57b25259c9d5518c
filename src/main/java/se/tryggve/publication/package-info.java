/**
 * Publication: what the public may see without logging in — the portal under {@code /kommun/{kod}}, full-text
 * search, feeds and open data. It owns the publication rules that combine other modules' states (a follow-up
 * report is public when explicitly published or when the paragraph deciding its case is adjusted) and reads
 * everything else through the owning modules' published-read services ({@code meetings.PublishedMeetings}), so
 * that nothing internal is public by accident (offentlighetsprincipen, TF 2 kap.; OSL for what is masked).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication", allowedDependencies = {"shared", "shared :: web",
        "shared :: calendar", "security", "organisation", "governance", "followup", "cases", "meetings", "incidents"})
package se.tryggve.publication;
