package se.tryggve.organisation;

/** A partner organisation as other modules see it; {@code example} marks demo data. */
public record PartnerOrganisationInfo(long id, String name, PartnerKind kind, boolean example, boolean active, long version) {
}
