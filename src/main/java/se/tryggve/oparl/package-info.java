/**
 * OParl: the council information of every municipality as OParl 1.1 (https://oparl.org/spezifikation/)
 * at {@code /oparl/v1.1} — System, Body, LegislativeTerm, Organization, Person, Membership, Meeting,
 * AgendaItem, Paper, Consultation, File and Location, read-only and public. It reads the other modules
 * only through their public query services (the published reads of meetings, so adjusted minutes and
 * masked paragraphs are the only source of decisions), and keeps one table of its own: the created and
 * modified times of the objects it shows and the tombstones of deleted ones (OParl 1.1 requires both).
 */
@org.springframework.modulith.ApplicationModule(displayName = "OParl", allowedDependencies = {"shared", "organisation",
        "meetings", "cases"})
package se.tryggve.oparl;
