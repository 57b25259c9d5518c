package se.tryggve.incidents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Export of the register as CSV or XLSX with the list's filters ({@link IncidentQuery}). The columns are the
 * import's field names, so an export can be imported again; times in ISO 8601 with the Stockholm offset. The
 * reporter's personal data is never exported.
 */
@Service
public class IncidentExport {

    /** XLSX holds at most 1,048,576 rows per sheet; the header takes one. */
    static final int XLSX_MAX_ROWS = 1_048_575;
    static final List<String> HEADERS = List.of("id", "reported_at", "category", "offensive", "channel", "status", "latitude",
            "longitude", "address", "district", "description", "property_owner", "police_report_number", "police_reported",
            "removed_at", "cost");

    private final JdbcTemplate jdbc;

    IncidentExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the CSV (UTF-8 with a byte-order mark, so that Excel reads å, ä, ö). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void exportCsv(long m, IncidentQuery q, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        printer.printRecord(HEADERS);
        query(m, q, Integer.MAX_VALUE, rs -> {
            try {
                printer.printRecord(values(rs));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    /** Writes the XLSX, streaming (a window of rows in memory). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void exportXlsx(long m, IncidentQuery q, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("Incidenter");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int[] n = {1};
            query(m, q, XLSX_MAX_ROWS, rs -> {
                Row row = sheet.createRow(n[0]++);
                List<Object> v = values(rs);
                for (int i = 0; i < v.size(); i++) {
                    Object o = v.get(i);
                    if (o == null) {
                        continue;
                    }
                    if (o instanceof Number num && !(o instanceof Long)) {
                        row.createCell(i).setCellValue(num.doubleValue());
                    } else if (o instanceof Long l) {
                        row.createCell(i).setCellValue(l);
                    } else {
                        row.createCell(i).setCellValue(o.toString());
                    }
                }
            });
            book.write(out);
            book.dispose();
        }
    }

    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private static List<Object> values(ResultSet rs) throws SQLException {
        List<Object> v = new ArrayList<>(HEADERS.size());
        v.add(rs.getLong("id"));
        v.add(time(rs.getTimestamp("reported_at")));
        v.add(rs.getString("category_code"));
        v.add(rs.getBoolean("offensive"));
        v.add(rs.getString("channel"));
        v.add(rs.getString("status"));
        v.add((Double) rs.getObject("latitude", Double.class));
        v.add((Double) rs.getObject("longitude", Double.class));
        v.add(rs.getString("address"));
        v.add(rs.getString("district_code"));
        v.add(rs.getString("description"));
        v.add(rs.getString("property_owner"));
        v.add(rs.getString("police_report_number"));
        v.add(rs.getBoolean("police_reported"));
        v.add(time(rs.getTimestamp("removed_at")));
        BigDecimal cost = rs.getBigDecimal("cost");
        v.add(cost == null ? null : cost.toPlainString());
        return v;
    }

    private static String time(Timestamp t) {
        return t == null ? null : t.toInstant().atZone(GraffitiTargets.ZONE).toOffsetDateTime().toString();
    }

    private void query(long m, IncidentQuery q, int max, Rows rows) {
        StringBuilder sql = new StringBuilder("""
                select i.id, i.reported_at, c.code as category_code, i.offensive, i.channel, i.status, i.latitude, i.longitude,
                  i.address, d.code as district_code, i.description, i.property_owner, i.police_report_number, i.police_reported,
                  i.removed_at, (select sum(k.amount) from incident_cost k where k.incident_id = i.id) as cost
                from incident i join incident_category c on c.id = i.category_id left join district d on d.id = i.district_id
                where i.municipality_id = ?""");
        List<Object> args = new ArrayList<>();
        args.add(m);
        if (q.ids() != null && !q.ids().isEmpty()) {
            sql.append(" and i.id in (").append(String.join(",", q.ids().stream().map(x -> "?").toList())).append(')');
            args.addAll(q.ids());
        }
        if (q.categoryCodes() != null && !q.categoryCodes().isEmpty()) {
            sql.append(" and c.code in (").append(String.join(",", q.categoryCodes().stream().map(x -> "?").toList())).append(')');
            args.addAll(q.categoryCodes());
        }
        if (q.statuses() != null && !q.statuses().isEmpty()) {
            sql.append(" and i.status in (").append(String.join(",", q.statuses().stream().map(x -> "?").toList())).append(')');
            q.statuses().forEach(s -> args.add(s.name()));
        }
        if (q.from() != null) {
            sql.append(" and i.reported_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" and i.reported_at < ?");
            args.add(Timestamp.from(q.to()));
        }
        if (q.districtId() != null) {
            sql.append(" and i.district_id = ?");
            args.add(q.districtId());
        }
        if (q.channel() != null) {
            sql.append(" and i.channel = ?");
            args.add(q.channel().name());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" and (lower(i.description) like ? or lower(i.address) like ?)");
            String like = "%" + q.text().strip().toLowerCase().replace("%", "").replace("_", "") + "%";
            args.add(like);
            args.add(like);
        }
        sql.append(" order by i.reported_at desc, i.id desc");
        int limit = q.limit() > 0 ? Math.min(q.limit(), max) : max;
        int[] n = {0};
        jdbc.query(con -> {
            var ps = con.prepareStatement(sql.toString());
            ps.setFetchSize(1000);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            return ps;
        }, rs -> {
            if (n[0]++ < limit) {
                rows.row(rs);
            }
        });
    }
}
