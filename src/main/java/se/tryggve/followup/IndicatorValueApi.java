package se.tryggve.followup;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import se.tryggve.security.CurrentUser;
import se.tryggve.shared.RuleViolationException;
import se.tryggve.shared.web.ApiController;
import se.tryggve.shared.web.PageResult;
import tools.jackson.databind.JsonNode;

/**
 * JSON API of indicator values. A value is a JSON number (a string such as "12,5" is read too); a
 * missing one has {@code missingReason} instead. Replacing a recorded year needs its version, as
 * {@code If-Match: "3"} or a {@code version} field; a stale one answers 409 (412 with If-Match).
 */
@ApiController("/api/v1")
class IndicatorValueApi {

    private final IndicatorValues values;
    private final IndicatorReporting reporting;
    private final KoladaImport kolada;
    private final FollowUpPermissions permissions;
    private final MessageSource messages;

    IndicatorValueApi(IndicatorValues values, IndicatorReporting reporting, KoladaImport kolada,
                      FollowUpPermissions permissions, MessageSource messages) {
        this.values = values;
        this.reporting = reporting;
        this.kolada = kolada;
        this.permissions = permissions;
        this.messages = messages;
    }

    record ValueRequest(JsonNode value, @Size(max = 2000) String missingReason, Long version) {
    }

    record ImportProblem(int row, String message) {
    }

    record ImportResponse(int imported, int missing, List<ImportProblem> problems) {
    }

    @Operation(summary = "An indicator's values by year (paged)")
    @GetMapping("/indicators/{id}/values")
    PageResult<IndicatorValue> list(CurrentUser me, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        FollowUpPermissions.require(permissions.canRead(me));
        return PageResult.of(values.values(me.municipalityId(), id), page, size);
    }

    @Operation(summary = "Record or replace one year's value (a number, or a reason it is missing)")
    @PutMapping("/indicators/{id}/values/{year}")
    ResponseEntity<IndicatorValue> put(CurrentUser me, @PathVariable long id, @PathVariable int year,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Validated @RequestBody ValueRequest request) {
        FollowUpPermissions.require(permissions.canRecordIndicatorValues(me));
        long m = me.municipalityId();
        BigDecimal value = number(request.value());
        Long version = version(ifMatch, request.version());
        if (version == null && values.value(m, id, year).isPresent()) {
            throw new RuleViolationException("version", "followup.version.required");
        }
        IndicatorValue v = reporting.recordValue(m, id, year, value, request.missingReason(), version);
        return ResponseEntity.ok().eTag("\"" + v.version() + "\"").body(v);
    }

    @Operation(summary = "Import values from a document in the shape of Kolada's data API")
    @PostMapping(path = "/indicators/{id}/kolada-import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResponse importKolada(CurrentUser me, @PathVariable long id, @RequestBody String document) {
        FollowUpPermissions.require(permissions.canRecordIndicatorValues(me));
        KoladaImport.Result r = kolada.importKoladaValues(me.municipalityId(), id, document);
        var locale = LocaleContextHolder.getLocale();
        return new ImportResponse(r.imported(), r.missing(), r.problems().stream()
                .map(p -> new ImportProblem(p.row(), messages.getMessage(p.messageKey(), p.args().toArray(), locale)))
                .toList());
    }

    private static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            try {
                return IndicatorForms.parseNumber(node.asString());
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
        }
        throw new RuleViolationException("value", "followup.indicator.value.notANumber");
    }

    private static Long version(String ifMatch, Long bodyVersion) {
        return se.tryggve.shared.web.IfMatch.optional(ifMatch, bodyVersion);
    }
}
