package se.tryggve.est;

import java.net.URI;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.NotFoundException;
import se.tryggve.shared.web.ApiController;

/**
 * JSON API of the EST pictures: the weekly picture per ISO week ({@code 2025-W47}) and the monthly and
 * tertial summaries ({@code 2025-11}, {@code 2025-T3}). POST compiles (the body, optional, is the draft:
 * focus text, note, notable events, places); a compiled picture answers 409 to another POST.
 */
@ApiController("/api/v1")
class EstApi {

    private final EstPictures pictures;
    private final EstDocuments documents;
    private final EstPermissions permissions;

    EstApi(EstPictures pictures, EstDocuments documents, EstPermissions permissions) {
        this.pictures = pictures;
        this.documents = documents;
        this.permissions = permissions;
    }

    @ExceptionHandler(AlreadyCompiledException.class)
    ResponseEntity<ProblemDetail> alreadyCompiled(AlreadyCompiledException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        p.setType(URI.create("https://tryggve.se/problem/conflict"));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @Operation(summary = "The weekly pictures whose week starts in a year (latest version of each), newest first")
    @GetMapping("/weekly-pictures")
    List<EstPicture> weeks(CurrentUser user, @RequestParam int year) {
        permissions.requireRead(user);
        return pictures.pictures(user.municipalityId(), PeriodKind.WEEK, year);
    }

    @Operation(summary = "The weekly picture of an ISO week, e.g. 2025-W47 (latest version); 404 when none")
    @GetMapping("/weekly-pictures/{isoWeek}")
    EstPicture week(CurrentUser user, @PathVariable String isoWeek) {
        permissions.requireRead(user);
        return read(user, EstPeriod.parseWeek(isoWeek));
    }

    @Operation(summary = "Compile the weekly picture of an ISO week (freezes its figures); 409 when compiled, 400 on a bad week")
    @PostMapping("/weekly-pictures/{isoWeek}")
    ResponseEntity<EstPicture> compileWeek(CurrentUser user, @PathVariable String isoWeek, @RequestBody(required = false) Draft draft) {
        permissions.requireCompile(user);
        return compile(user, EstPeriod.parseWeek(isoWeek), draft, "/api/v1/weekly-pictures/");
    }

    @Operation(summary = "The weekly picture as PDF/A-2u + PDF/UA-1")
    @GetMapping(path = "/weekly-pictures/{isoWeek}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> weekPdf(CurrentUser user, @PathVariable String isoWeek) {
        permissions.requireRead(user);
        return pdf(user, EstPeriod.parseWeek(isoWeek));
    }

    @Operation(summary = "The monthly (2025-11) and tertial (2025-T3) summaries of a year, newest first")
    @GetMapping("/situation-summaries")
    List<EstPicture> summaries(CurrentUser user, @RequestParam int year, @RequestParam(defaultValue = "MONTH") PeriodKind kind) {
        permissions.requireRead(user);
        if (kind == PeriodKind.WEEK) {
            throw new se.tryggve.shared.RuleViolationException("kind", "est.period.invalid", kind.name());
        }
        return pictures.pictures(user.municipalityId(), kind, year);
    }

    @Operation(summary = "A monthly (2025-11) or tertial (2025-T3) summary (latest version); 404 when none")
    @GetMapping("/situation-summaries/{period}")
    EstPicture summary(CurrentUser user, @PathVariable String period) {
        permissions.requireRead(user);
        return read(user, EstPeriod.parseSummary(period));
    }

    @Operation(summary = "Compile a monthly or tertial summary; 409 when compiled, 400 on a bad period")
    @PostMapping("/situation-summaries/{period}")
    ResponseEntity<EstPicture> compileSummary(CurrentUser user, @PathVariable String period, @RequestBody(required = false) Draft draft) {
        permissions.requireCompile(user);
        return compile(user, EstPeriod.parseSummary(period), draft, "/api/v1/situation-summaries/");
    }

    @Operation(summary = "A summary as PDF/A-2u + PDF/UA-1")
    @GetMapping(path = "/situation-summaries/{period}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> summaryPdf(CurrentUser user, @PathVariable String period) {
        permissions.requireRead(user);
        return pdf(user, EstPeriod.parseSummary(period));
    }

    @Operation(summary = "Send the compiled picture (weekly or summary, by period key) to the EST group by e-mail with its PDF")
    @PostMapping("/est-sendings/{period}")
    EstPicture.Sending send(CurrentUser user, @PathVariable String period) {
        permissions.requireCompile(user);
        EstPicture p = read(user, EstPeriod.parse(period));
        return pictures.sendPicture(user.municipalityId(), p.id());
    }

    private EstPicture read(CurrentUser user, EstPeriod period) {
        return pictures.findPicture(user.municipalityId(), period)
                .orElseThrow(() -> new NotFoundException(EstPictures.OBJECT_TYPE, period.key()));
    }

    private ResponseEntity<EstPicture> compile(CurrentUser user, EstPeriod period, Draft draft, String base) {
        EstPicture p = pictures.compilePicture(user.municipalityId(), period, draft);
        return ResponseEntity.created(URI.create(base + period.key())).body(p);
    }

    private ResponseEntity<byte[]> pdf(CurrentUser user, EstPeriod period) {
        long m = user.municipalityId();
        EstPicture p = read(user, period);
        byte[] bytes = p.compiled() ? documents.pdf(m, p) : documents.pdf(m, p, period, pictures.liveFigures(m, period, p.draft()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(documents.fileName(p)).build().toString())
                .body(bytes);
    }
}
