package se.tryggve.organisation;

/** What a partner organisation of the EST work is. */
public enum PartnerKind {
    HOUSING_COMPANY, SECURITY_FIRM, SCHOOL, POLICE, TRANSPORT, OTHER
}
