/**
 * Public data: open data imported as background to the municipality's own register — the police's
 * open events feed as context events (never the municipality's incidents), SCB's statistical areas
 * (DeSO/RegSO, stored as districts of their own kind by {@code incidents}) and Kolada key figures as
 * reference figures for the lägesbild (Lag 2023:196 4 §: "annan relevant information"). Each import
 * works from an uploaded file and from a configurable URL, is all or nothing, audited and idempotent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public data", allowedDependencies = {"shared", "shared :: web", "security", "organisation", "incidents"})
package se.tryggve.publicdata;
