package se.tryggve.incidents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;

/** Pages: the CSV import form with column mapping, and a job's progress bar and validation report. */
@Controller
class IncidentImportPages {

    private final IncidentImports imports;
    private final IncidentStatisticsPermissions permissions;

    IncidentImportPages(IncidentImports imports, IncidentStatisticsPermissions permissions) {
        this.imports = imports;
        this.permissions = permissions;
    }

    @GetMapping("/incidents/import")
    String form(CurrentUser user, Model model) {
        permissions.requireImport(user);
        return formPage(user, model, null, Map.of(), "ALL_OR_NOTHING");
    }

    private String formPage(CurrentUser user, Model model, String error, Map<String, String> values, String mode) {
        model.addAttribute("fields", IncidentImportField.values());
        model.addAttribute("values", values);
        model.addAttribute("mode", mode);
        model.addAttribute("error", error);
        model.addAttribute("jobs", imports.recentJobs(user.municipalityId()));
        return "incidents/import/form";
    }

    @PostMapping("/incidents/import")
    String start(CurrentUser user, @RequestParam(required = false) MultipartFile file,
                 @RequestParam(defaultValue = "ALL_OR_NOTHING") String mode, @RequestParam Map<String, String> params, Model model)
            throws IOException {
        permissions.requireImport(user);
        IncidentImportJob.Mode m;
        try {
            m = IncidentImportApi.mode(mode);
        } catch (RuleViolationException e) {
            return formPage(user, model, e.messageKey(), params, "ALL_OR_NOTHING");
        }
        if (file == null || file.isEmpty()) {
            return formPage(user, model, "incidentstats.import.empty", params, mode);
        }
        Path tmp = Files.createTempFile("tryggve-import-", ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        IncidentImportJob job = imports.startImport(user.municipalityId(), user.username(), file.getOriginalFilename(), tmp, m,
                IncidentImportApi.mapping(params));
        return "redirect:/incidents/import/" + job.id();
    }

    @GetMapping("/incidents/import/{id}")
    String job(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireImport(user);
        model.addAttribute("job", imports.job(user.municipalityId(), id));
        return "incidents/import/job";
    }

    /** The progress fragment htmx polls every second until the job has finished. */
    @GetMapping("/incidents/import/{id}/progress")
    String progress(CurrentUser user, @PathVariable long id, Model model) {
        permissions.requireImport(user);
        model.addAttribute("job", imports.job(user.municipalityId(), id));
        return "incidents/import/job :: progress";
    }
}
