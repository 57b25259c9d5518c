package se.tryggve.open311;

import java.util.ArrayList;
import java.util.List;

/**
 * The page's form for one service definition: type, keywords, group and a fixed set of attribute rows (the
 * existing ones plus empty rows for new ones, so the page works without JavaScript). A row with neither code
 * nor question is left out. List values are written one per line as "key = Name".
 */
class ServiceForm {

    static final int EMPTY_ROWS = 3;

    private String type = "realtime";
    private String keywords;
    private String group;
    private List<Row> attributes = new ArrayList<>();

    static ServiceForm of(ServiceDefinition s) {
        ServiceForm f = new ServiceForm();
        f.type = s.type();
        f.keywords = s.keywords();
        f.group = s.group();
        for (ServiceAttribute a : s.attributes()) {
            Row r = new Row();
            r.code = a.code();
            r.description = a.description();
            r.datatype = a.datatype().code();
            r.required = a.required();
            r.variable = a.variable();
            r.order = a.order();
            r.datatypeDescription = a.datatypeDescription();
            StringBuilder values = new StringBuilder();
            a.values().forEach(v -> values.append(v.key()).append(" = ").append(v.name()).append('\n'));
            r.values = values.toString().strip();
            f.attributes.add(r);
        }
        f.padRows();
        return f;
    }

    void padRows() {
        long empty = attributes.stream().filter(Row::blank).count();
        for (long i = empty; i < EMPTY_ROWS; i++) {
            attributes.add(new Row());
        }
    }

    /** The rows that are filled in, with their index in the form (for putting an error beside the right field). */
    List<Integer> filledRows() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            if (!attributes.get(i).blank()) {
                out.add(i);
            }
        }
        return out;
    }

    ServiceDefinitionInput input() {
        ServiceDefinitionInput in = new ServiceDefinitionInput();
        in.setType(type);
        in.setKeywords(keywords);
        in.setGroup(group);
        List<ServiceDefinitionInput.Attribute> list = new ArrayList<>();
        int position = 0;
        for (int i : filledRows()) {
            Row r = attributes.get(i);
            position++;
            list.add(new ServiceDefinitionInput.Attribute(r.code, r.variable, r.datatype, r.required,
                    r.datatypeDescription, r.order == null ? position : r.order, r.description, r.parsedValues()));
        }
        in.setAttributes(list);
        return in;
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getKeywords() { return keywords; }
    public void setKeywords(String v) { keywords = v; }
    public String getGroup() { return group; }
    public void setGroup(String v) { group = v; }
    public List<Row> getAttributes() { return attributes; }
    public void setAttributes(List<Row> v) { attributes = v == null ? new ArrayList<>() : v; }

    public static class Row {
        private String code;
        private String description;
        private String datatype = "string";
        private boolean required;
        private boolean variable = true;
        private Integer order;
        private String datatypeDescription;
        private String values;

        boolean blank() {
            return (code == null || code.isBlank()) && (description == null || description.isBlank());
        }

        /** "key = Name" per line; a line without "=" uses the same text as key and name. */
        List<ServiceAttribute.Value> parsedValues() {
            List<ServiceAttribute.Value> out = new ArrayList<>();
            if (values == null) {
                return out;
            }
            for (String line : values.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf('=');
                String key = (eq < 0 ? line : line.substring(0, eq)).trim();
                String name = (eq < 0 ? line : line.substring(eq + 1)).trim();
                out.add(new ServiceAttribute.Value(key, name));
            }
            return out;
        }

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getDatatype() { return datatype; }
        public void setDatatype(String v) { datatype = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
        public boolean isVariable() { return variable; }
        public void setVariable(boolean v) { variable = v; }
        public Integer getOrder() { return order; }
        public void setOrder(Integer v) { order = v; }
        public String getDatatypeDescription() { return datatypeDescription; }
        public void setDatatypeDescription(String v) { datatypeDescription = v; }
        public String getValues() { return values; }
        public void setValues(String v) { values = v; }
    }
}
