package se.tryggve.publication.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.tryggve.organisation.Municipalities;
import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.shared.NotFoundException;
import tools.jackson.databind.ObjectMapper;

/**
 * Open data without login ({@code /kommun/{kod}/oppna-data}): each dataset as CSV (UTF-8, comma-separated,
 * quoted per RFC 4180, CRLF, a header row) and as JSON, under CC0 1.0. The page lists the datasets, their
 * columns and the licence.
 */
@Controller
class OpenDataPages {

    static final String LICENCE = "CC0 1.0";
    static final String LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/deed.sv";
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final OpenData openData;
    private final Municipalities municipalities;
    private final ObjectMapper json;

    OpenDataPages(OpenData openData, Municipalities municipalities) {
        this.openData = openData;
        this.municipalities = municipalities;
        // a mapper of its own: open data writes every column, an empty (null) one included
        this.json = tools.jackson.databind.json.JsonMapper.builder().build();
    }

    private Municipality municipality(String code) {
        if (code == null || !code.matches("\\d{4}")) {
            throw new NotFoundException("Municipality", "?");
        }
        return municipalities.findByCode(code).orElseThrow(() -> new NotFoundException("Municipality", code));
    }

    /** A dataset on the page: its id and its columns. */
    record Listed(String id, List<String> columns) {
    }

    @GetMapping("/kommun/{kod}/oppna-data")
    String page(@PathVariable("kod") String kod, Model model) {
        Municipality mu = municipality(kod);
        model.addAttribute("municipality", mu);
        model.addAttribute("datasets", List.of(new Listed(OpenData.JUDGEMENTS, OpenData.JUDGEMENT_COLUMNS),
                new Listed(OpenData.INDICATORS, OpenData.INDICATOR_COLUMNS), new Listed(OpenData.INCIDENTS, OpenData.INCIDENT_COLUMNS)));
        model.addAttribute("licence", LICENCE);
        model.addAttribute("licenceUrl", LICENCE_URL);
        return "publication/opendata";
    }

    private Dataset dataset(String kod, String id, Municipality[] out) {
        Municipality mu = municipality(kod);
        out[0] = mu;
        return openData.dataset(mu.id(), id).orElseThrow(() -> new NotFoundException("Dataset", id));
    }

    @GetMapping("/kommun/{kod}/oppna-data/{dataset}.csv")
    ResponseEntity<byte[]> csv(@PathVariable("kod") String kod, @PathVariable("dataset") String id) throws IOException {
        Municipality[] mu = new Municipality[1];
        Dataset d = dataset(kod, id, mu);
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(d.columns().toArray(String[]::new)).get())) {
            for (List<Object> row : d.rows()) {
                p.printRecord(row.stream().map(OpenDataPages::csvValue).toList());
            }
        }
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + id + "-" + mu[0].code() + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csvValue(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal b ? b.toPlainString() : v.toString();
    }

    @GetMapping(path = "/kommun/{kod}/oppna-data/{dataset}.json")
    ResponseEntity<byte[]> json(@PathVariable("kod") String kod, @PathVariable("dataset") String id) {
        Municipality[] mu = new Municipality[1];
        Dataset d = dataset(kod, id, mu);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dataset", d.id());
        doc.put("kommun", Map.of("kod", mu[0].code(), "namn", mu[0].name()));
        doc.put("licens", Map.of("namn", LICENCE, "url", LICENCE_URL));
        doc.put("kolumner", d.columns());
        doc.put("rader", d.rows().stream().map(r -> {
            Map<String, Object> o = new LinkedHashMap<>();
            for (int i = 0; i < d.columns().size(); i++) {
                o.put(d.columns().get(i), r.get(i));
            }
            return o;
        }).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "inline; filename=\"" + id + "-" + mu[0].code() + ".json\"")
                .body(json.writeValueAsBytes(doc));
    }
}
