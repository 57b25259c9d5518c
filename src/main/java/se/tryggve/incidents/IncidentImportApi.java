package se.tryggve.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.ApiController;

/**
 * JSON API of the CSV import and of the export. The import answers 202 with the job; poll
 * {@code GET /api/v1/incidents/import/{id}} until {@code finishedAt} is set ({@code wait=true} runs it in the request).
 * Mapping parameters are named after the fields ({@code reportedAt=Datum}); without one a field is read from the
 * column with its own or Swedish name.
 */
@ApiController("/api/v1/incidents")
class IncidentImportApi {

    private final IncidentImports imports;
    private final IncidentExport export;
    private final IncidentStatisticsPermissions permissions;
    private final MessageSource messages;

    IncidentImportApi(IncidentImports imports, IncidentExport export, IncidentStatisticsPermissions permissions,
                      MessageSource messages) {
        this.imports = imports;
        this.export = export;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Operation(summary = "Import incidents from CSV (multipart 'file', or the CSV as a text/csv body); mode ALL_OR_NOTHING or SKIP_INVALID")
    @PostMapping(value = "/import", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<IncidentImportJob> importCsv(CurrentUser user, HttpServletRequest request,
                                                @RequestParam(required = false) MultipartFile file,
                                                @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode,
                                                @RequestParam(defaultValue = "false") boolean wait,
                                                @RequestParam Map<String, String> params, Locale locale) throws IOException {
        permissions.requireImport(user);
        IncidentImportJob.Mode m = mode(mode);
        Map<IncidentImportField, String> mapping = mapping(params);
        Path tmp = Files.createTempFile("tryggve-import-", ".csv");
        String name;
        try (InputStream in = file != null ? file.getInputStream() : request.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            name = file != null ? file.getOriginalFilename() : "import.csv";
        }
        if (Files.size(tmp) == 0) {
            Files.deleteIfExists(tmp);
            throw new RuleViolationException("file", "incidentstats.import.empty");
        }
        IncidentImportJob job = wait
                ? imports.importNow(user.municipalityId(), user.username(), name, tmp, m, mapping)
                : imports.startImport(user.municipalityId(), user.username(), name, tmp, m, mapping);
        return ResponseEntity.status(wait ? 200 : 202).header("Location", "/api/v1/incidents/import/" + job.id())
                .body(localized(job, locale));
    }

    @Operation(summary = "An import job: status, progress, counts and the per-row report (line, field, message)")
    @GetMapping("/import/{id}")
    IncidentImportJob job(CurrentUser user, @PathVariable long id, Locale locale) {
        permissions.requireImport(user);
        return localized(imports.job(user.municipalityId(), id), locale);
    }

    IncidentImportJob localized(IncidentImportJob j, Locale locale) {
        List<IncidentImportJob.RowError> errors = new ArrayList<>();
        for (IncidentImportJob.RowError e : j.errors()) {
            errors.add(new IncidentImportJob.RowError(e.line(), e.field(), e.messageKey(),
                    messages.getMessage(e.messageKey(), null, e.messageKey(), locale)));
        }
        return new IncidentImportJob(j.id(), j.fileName(), j.mode(), j.status(), j.totalRows(), j.processedRows(), j.importedRows(),
                j.invalidRows(), j.message() == null ? null : messages.getMessage(j.message(), null, j.message(), locale),
                j.username(), j.createdAt(), j.finishedAt(), errors);
    }

    static IncidentImportJob.Mode mode(String mode) {
        try {
            return IncidentImportJob.Mode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("mode", "incidentstats.import.modeInvalid");
        }
    }

    static Map<IncidentImportField, String> mapping(Map<String, String> params) {
        Map<IncidentImportField, String> mapping = new EnumMap<>(IncidentImportField.class);
        for (IncidentImportField f : IncidentImportField.values()) {
            String v = params.get(f.param());
            if (v != null && !v.isBlank()) {
                mapping.put(f, v.strip());
            }
        }
        return mapping;
    }

    @Operation(summary = "Export the register as CSV or XLSX with the list's filters (category, status, from, to, district, channel, q)")
    @GetMapping("/export")
    void export(CurrentUser user, @RequestParam(defaultValue = "csv") String format,
                @RequestParam(required = false) List<String> category, @RequestParam(required = false) List<String> status,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long district, @RequestParam(required = false) String channel,
                @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        permissions.requireRead(user);
        List<IncidentStatus> statuses = new ArrayList<>();
        if (status != null) {
            for (String s : status) {
                try {
                    statuses.add(IncidentStatus.valueOf(s.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new RuleViolationException("status", "incidentstats.import.statusInvalid");
                }
            }
        }
        Channel ch = null;
        if (channel != null && !channel.isBlank()) {
            try {
                ch = Channel.valueOf(channel.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("channel", "incidentstats.import.channel");
            }
        }
        IncidentQuery query = new IncidentQuery(List.of(), category == null ? List.of() : category, statuses,
                from == null ? null : from.atStartOfDay(GraffitiTargets.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(GraffitiTargets.ZONE).toInstant(), district, ch, q, 0, 0);
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw new RuleViolationException("format", "incidentstats.export.format");
        }
        if (f.equals("csv")) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"incidenter.csv\"");
            export.exportCsv(user.municipalityId(), query, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"incidenter.xlsx\"");
            export.exportXlsx(user.municipalityId(), query, response.getOutputStream());
        }
    }
}
