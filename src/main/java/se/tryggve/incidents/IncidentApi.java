package se.tryggve.incidents;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.IfMatch;
import se.tryggve.shared.web.PageResult;

/** JSON API of the incident register: list, report, one incident, lifecycle steps, handling, costs and photos. */
@ApiController("/api/v1/incidents")
class IncidentApi {

    private final Incidents incidents;
    private final IncidentDirectory directory;
    private final IncidentPermissions permissions;

    IncidentApi(Incidents incidents, IncidentDirectory directory, IncidentPermissions permissions) {
        this.incidents = incidents;
        this.directory = directory;
        this.permissions = permissions;
    }

    /** A report from staff: WGS84 (latitude, longitude) or SWEREF 99 TM (northing, easting). */
    record NewIncidentJson(String categoryCode, Channel channel, Instant reportedAt, Double latitude, Double longitude,
                           Double northing, Double easting, String address, String description, Boolean offensive,
                           Map<String, String> attributes, ReporterContact reporter, Boolean policeReported,
                           String policeReportNumber) {
    }

    /** A review step of the coordinator; the version as If-Match or in the body. */
    record ReviewJson(Long version, String note) {
    }

    record PlaceJson(Long version, Double latitude, Double longitude, Double northing, Double easting) {
    }

    record ReclassifyJson(Long version, String categoryCode, String note) {
    }

    record MergeJson(Long version, Long duplicateOf, String note) {
    }

    /** A lifecycle step: ASSIGNED (assignedTo), REMOVED (removedAt, default now), NOT_OUR_PROPERTY (propertyOwner), DUPLICATE (duplicateOf), CLOSED. */
    record TransitionJson(IncidentStatus status, Long version, String assignedTo, Instant removedAt, String propertyOwner,
                          Long duplicateOf, String note) {
    }

    record HandlingJson(String address, String propertyOwner, String policeReportNumber, Boolean policeReported, Long version) {
    }

    record CostJson(BigDecimal amount, String contractor, LocalDate date) {
    }

    /** One incident with its SWEREF 99 TM coordinates, handling fields, steps, costs and photos. */
    record IncidentJson(long id, String categoryCode, String categoryName, boolean offensive, IncidentStatus status,
                        boolean closed, String statusNote, Channel channel, Instant reportedAt, Instant receivedAt,
                        Instant updatedAt, Double latitude, Double longitude, Double northing, Double easting, String address,
                        Long districtId, String districtName, String description, String mediaUrl,
                        Map<String, String> attributes, String propertyOwner, String policeReportNumber,
                        boolean policeReported, String assignedTo, Instant assignedAt, Instant removedAt, Instant closedAt,
                        Integer removalMinutes, Boolean withinTarget, Long duplicateOf, BigDecimal totalCost,
                        List<IncidentDetails.Step> steps, List<IncidentDetails.Cost> costs, List<IncidentDetails.Photo> photos,
                        ReporterContact reporter, long version) {

        static IncidentJson of(IncidentDetails d, ReporterContact reporter) {
            IncidentView v = d.incident();
            Projection.Sweref99 s = v.position() == null ? null : Projection.toSweref99(v.position());
            return new IncidentJson(v.id(), v.categoryCode(), v.categoryName(), v.offensive(), v.status(), v.status().isClosed(),
                    v.statusNote(), v.channel(), v.reportedAt(), d.receivedAt(), v.updatedAt(),
                    v.position() == null ? null : v.position().latitude(), v.position() == null ? null : v.position().longitude(),
                    s == null ? null : s.northing(), s == null ? null : s.easting(), v.address(), v.districtId(), v.districtName(),
                    v.description(), v.mediaUrl(), v.attributes(), d.propertyOwner(), d.policeReportNumber(), d.policeReported(),
                    d.assignedTo(), d.assignedAt(), v.removedAt(), d.closedAt(), v.removalMinutes(), v.withinTarget(),
                    d.duplicateOf(), d.totalCost(), d.steps(), d.costs(), d.photos(), reporter, v.version());
        }
    }

    @Operation(summary = "List incidents, newest first (filters: category, status, from/to report date, districtId, channel, q; paged)")
    @GetMapping
    PageResult<IncidentView> list(CurrentUser user, @RequestParam(required = false) List<String> category,
                                  @RequestParam(required = false) List<IncidentStatus> status,
                                  @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                  @RequestParam(required = false) Long districtId, @RequestParam(required = false) Channel channel,
                                  @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        boolean partner = user != null && user.isPartnerOnly();
        if (partner) {
            permissions.requireReportAsPartner(user);
        } else {
            permissions.requireRead(user);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("to", "incidents.filter.period");
        }
        int safeSize = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        int safePage = Math.max(0, Math.min(page, 1_000_000));
        IncidentQuery query = query(category, status, from, to, districtId, channel, q, safeSize, safePage * safeSize);
        if (partner) {
            // a partner reporter sees its own organisation's reports only
            query = query.ofPartner(user.partnerOrganisationId());
        }
        long total = directory.countIncidents(user.municipalityId(), query);
        List<IncidentView> items = directory.searchIncidents(user.municipalityId(), query);
        return new PageResult<>(items, safePage, safeSize, total, (int) ((total + safeSize - 1) / safeSize));
    }

    static IncidentQuery query(List<String> category, List<IncidentStatus> status, LocalDate from, LocalDate to, Long districtId,
                               Channel channel, String q, int limit, int offset) {
        return new IncidentQuery(List.of(), category == null ? List.of() : category, status == null ? List.of() : status,
                from == null ? null : from.atStartOfDay(Incidents.STOCKHOLM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Incidents.STOCKHOLM).toInstant(), districtId, channel, q, limit,
                offset);
    }

    @Operation(summary = "Report an incident (channel PHONE, STAFF, POLICE or WEB_FORM; Open311 has its own endpoint)")
    @PostMapping
    ResponseEntity<IncidentJson> create(CurrentUser user, @RequestBody NewIncidentJson in) {
        if (user != null && user.isPartnerOnly()) {
            permissions.requireReportAsPartner(user);
            if (in.channel() != null && in.channel() != Channel.PARTNER) {
                throw new RuleViolationException("channel", "incidents.partner.channel");
            }
            Position pos = in.latitude() == null && in.longitude() == null && in.northing() == null && in.easting() == null ? null
                    : PositionInput.resolve(in.latitude(), in.longitude(), in.northing(), in.easting());
            IncidentView v = incidents.reportPartnerIncident(user.municipalityId(), user.partnerOrganisationId(),
                    new Incidents.PartnerReport(in.categoryCode(), in.reportedAt(), pos, in.address(), in.description(),
                            Boolean.TRUE.equals(in.policeReported()), in.policeReportNumber()));
            return ResponseEntity.created(java.net.URI.create("/api/v1/incidents/" + v.id())).eTag("\"" + v.version() + "\"")
                    .body(json(user, v.id()));
        }
        permissions.requireReport(user);
        if (in.channel() == Channel.PARTNER) {
            throw new RuleViolationException("channel", "incidents.partner.channel");
        }
        if (in.channel() == Channel.OPEN311) {
            throw new RuleViolationException("channel", "incidents.channel.open311");
        }
        Position p = PositionInput.resolve(in.latitude(), in.longitude(), in.northing(), in.easting());
        IncidentView v = incidents.reportIncident(user.municipalityId(), new NewIncident(in.categoryCode(),
                in.channel() == null ? Channel.STAFF : in.channel(), in.reportedAt(), p, in.address(), in.description(),
                in.offensive(), in.attributes(), in.reporter(), null, null));
        return ResponseEntity.created(java.net.URI.create("/api/v1/incidents/" + v.id())).eTag("\"" + v.version() + "\"")
                .body(json(user, v.id()));
    }

    @Operation(summary = "One incident with SWEREF 99 TM coordinates, steps, costs and photos; the ETag is its version")
    @GetMapping("/{id}")
    ResponseEntity<IncidentJson> get(CurrentUser user, @PathVariable long id) {
        if (user != null && user.isPartnerOnly()) {
            permissions.requireReportAsPartner(user);
        } else {
            permissions.requireRead(user);
        }
        IncidentJson j = json(user, id);
        return ResponseEntity.ok().eTag("\"" + j.version() + "\"").body(j);
    }

    @Operation(summary = "Take a lifecycle step (ASSIGNED, REMOVED, NOT_OUR_PROPERTY, DUPLICATE, CLOSED); version as If-Match or in the body")
    @PostMapping("/{id}/transitions")
    ResponseEntity<IncidentJson> transition(CurrentUser user, @PathVariable long id,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody TransitionJson in) {
        if (in.status() == IncidentStatus.REMOVED) {
            permissions.requireRecordRemoval(user);
        } else {
            permissions.requireHandle(user);
        }
        long m = user.municipalityId();
        long v = IfMatch.required(ifMatch, in.version());
        if (in.status() == null) {
            throw new RuleViolationException("status", "incidents.transition.statusRequired");
        }
        switch (in.status()) {
            case ASSIGNED -> incidents.assignIncident(m, id, v, in.assignedTo(), in.note());
            case REMOVED -> incidents.recordRemoval(m, id, v, in.removedAt(), in.note(), null);
            case NOT_OUR_PROPERTY -> incidents.markNotOurProperty(m, id, v, in.propertyOwner(), in.note());
            case DUPLICATE -> {
                if (in.duplicateOf() == null) {
                    throw new RuleViolationException("duplicateOf", "incidents.duplicate.required");
                }
                incidents.markDuplicate(m, id, v, in.duplicateOf(), in.note());
            }
            case CLOSED -> incidents.closeIncident(m, id, v, in.note());
            case REPORTED -> throw new RuleViolationException("status", "incidents.transition.toReported");
        }
        return get(user, id);
    }

    @Operation(summary = "Change address, property owner and police report (number, reported); version as If-Match or in the body")
    @PutMapping("/{id}/handling")
    ResponseEntity<IncidentJson> handling(CurrentUser user, @PathVariable long id,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @RequestBody HandlingJson in) {
        permissions.requireHandle(user);
        incidents.updateHandling(user.municipalityId(), id, IfMatch.required(ifMatch, in.version()), new Incidents.HandlingInput(
                in.address(), in.propertyOwner(), in.policeReportNumber(), Boolean.TRUE.equals(in.policeReported())));
        return get(user, id);
    }

    @Operation(summary = "The incident's cost entries (SEK)")
    @GetMapping("/{id}/costs")
    List<IncidentDetails.Cost> costs(CurrentUser user, @PathVariable long id) {
        permissions.requireRead(user);
        return directory.details(user.municipalityId(), id).costs();
    }

    @Operation(summary = "Add a cost entry: amount in SEK (≥ 0), contractor, date")
    @PostMapping("/{id}/costs")
    ResponseEntity<IncidentDetails.Cost> addCost(CurrentUser user, @PathVariable long id, @RequestBody CostJson in) {
        permissions.requireHandle(user);
        IncidentDetails.Cost c = incidents.addCost(user.municipalityId(), id, new Incidents.CostInput(in.amount(), in.contractor(),
                in.date()));
        return ResponseEntity.created(java.net.URI.create("/api/v1/incidents/" + id + "/costs/" + c.id())).body(c);
    }

    @Operation(summary = "Add a photo (multipart: file, purpose REPORTED or REMOVAL); JPEG, PNG or WebP up to 10 MB")
    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IncidentDetails.Photo> addPhoto(CurrentUser user, @PathVariable long id,
                                                   @RequestParam(value = "file", required = false) MultipartFile file,
                                                   @RequestParam(required = false) String purpose) throws IOException {
        permissions.requireRecordRemoval(user);
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("photo", "incidents.photo.empty");
        }
        IncidentDetails.Photo p = incidents.addPhoto(user.municipalityId(), id, purpose,
                new Incidents.PhotoUpload(file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(java.net.URI.create("/api/v1/incidents/" + id + "/photos/" + p.id())).body(p);
    }

    @Operation(summary = "Download a photo")
    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(CurrentUser user, @PathVariable long id, @PathVariable long photoId) {
        permissions.requireRead(user);
        return photoResponse(directory.photo(user.municipalityId(), id, photoId), false);
    }

    static ResponseEntity<byte[]> photoResponse(IncidentDirectory.PhotoFile f, boolean inline) {
        ContentDisposition cd = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, cd.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .body(f.content());
    }

    @Operation(summary = "The review queue: partner reports not yet reviewed, oldest first (coordinator)")
    @GetMapping("/review-queue")
    PageResult<IncidentView> reviewQueue(CurrentUser user, @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "50") int size) {
        permissions.requireReview(user);
        return PageResult.of(directory.reviewQueue(user.municipalityId(), IncidentDirectory.MAX_LIMIT), page, size);
    }

    @Operation(summary = "Mark a report reviewed (coordinator); version as If-Match or in the body")
    @PostMapping("/{id}/review")
    ResponseEntity<IncidentJson> review(CurrentUser user, @PathVariable long id,
                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @RequestBody(required = false) ReviewJson in) {
        permissions.requireReview(user);
        incidents.markReviewed(user.municipalityId(), id, IfMatch.required(ifMatch, in == null ? null : in.version()),
                in == null ? null : in.note());
        return get(user, id);
    }

    @Operation(summary = "Reclassify a report to another active category (coordinator); recorded as a step")
    @PostMapping("/{id}/reclassification")
    ResponseEntity<IncidentJson> reclassify(CurrentUser user, @PathVariable long id,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @RequestBody ReclassifyJson in) {
        permissions.requireReview(user);
        incidents.reclassifyIncident(user.municipalityId(), id, IfMatch.required(ifMatch, in.version()), in.categoryCode(),
                in.note());
        return get(user, id);
    }

    @Operation(summary = "Place (or move) a report on the map: WGS84 latitude/longitude or SWEREF 99 TM northing/easting (coordinator)")
    @PostMapping("/{id}/position")
    ResponseEntity<IncidentJson> place(CurrentUser user, @PathVariable long id,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @RequestBody PlaceJson in) {
        permissions.requireReview(user);
        incidents.placeIncident(user.municipalityId(), id, IfMatch.required(ifMatch, in.version()),
                PositionInput.resolve(in.latitude(), in.longitude(), in.northing(), in.easting()));
        return get(user, id);
    }

    @Operation(summary = "Merge a duplicate into the report it repeats (status DUPLICATE, duplicateOf; coordinator)")
    @PostMapping("/{id}/merge")
    ResponseEntity<IncidentJson> merge(CurrentUser user, @PathVariable long id,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @RequestBody MergeJson in) {
        permissions.requireReview(user);
        if (in.duplicateOf() == null) {
            throw new RuleViolationException("duplicateOf", "incidents.duplicate.required");
        }
        incidents.mergeDuplicate(user.municipalityId(), id, IfMatch.required(ifMatch, in.version()), in.duplicateOf(), in.note());
        return get(user, id);
    }

    private IncidentJson json(CurrentUser user, long id) {
        if (user.isPartnerOnly()) {
            // another organisation's report (or any other incident) answers 404 exactly like a missing id
            long own = user.partnerOrganisationId() == null ? -1 : user.partnerOrganisationId();
            if (directory.partnerOrganisationOf(user.municipalityId(), id).filter(p -> p == own).isEmpty()) {
                throw new se.tryggve.shared.NotFoundException("Incident", id);
            }
            IncidentDetails d = directory.details(user.municipalityId(), id);
            // the partner sees its report, not the staff's handling: no steps with user names, costs or photos
            return IncidentJson.of(new IncidentDetails(d.incident(), d.receivedAt(), null, d.policeReportNumber(), d.policeReported(),
                    null, null, d.closedAt(), null, null, List.of(), List.of(), List.of()), null);
        }
        IncidentDetails d = directory.details(user.municipalityId(), id);
        ReporterContact r = permissions.canSeeReporter(user) ? directory.reporterContact(user.municipalityId(), id).orElse(null) : null;
        return IncidentJson.of(d, r);
    }
}
