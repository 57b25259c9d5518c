package se.tryggve.open311;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of GeoReport v2, chosen by the path's extension. The specification defines XML
 * (required) and lets JSON mirror it: an XML element holding repeated child elements
 * ({@code <services><service>…}) is a JSON array, an element with named children an object, and a
 * text element a string (numbers and booleans stay JSON numbers and booleans). Answers are built once
 * as a small tree ({@link #obj()}, {@link Items}) and written in either format, so both always carry
 * the same fields.
 */
enum Open311Format {
    XML, JSON;

    static final MediaType XML_TYPE = MediaType.parseMediaType("text/xml;charset=utf-8");
    static final MediaType JSON_TYPE = MediaType.parseMediaType("application/json;charset=utf-8");
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();
    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

    /** A list: in XML one element per item, named {@code element}; in JSON an array. */
    record Items(String element, List<?> items) {
    }

    static Open311Format of(String extension) {
        return "json".equalsIgnoreCase(extension) ? JSON : XML;
    }

    /** The format a request path asks for; XML (the required format) when it names none. */
    static Open311Format ofPath(String path) {
        return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : XML;
    }

    static Map<String, Object> obj() {
        return new LinkedHashMap<>();
    }

    MediaType mediaType() {
        return this == XML ? XML_TYPE : JSON_TYPE;
    }

    /** An answer whose top level is a list, e.g. {@code services}/{@code service}. */
    ResponseEntity<byte[]> list(HttpStatusCode status, String root, String element, List<?> items) {
        return answer(status, root, new Items(element, items));
    }

    /** An answer whose top level is one object, e.g. {@code discovery} or {@code service_definition}. */
    ResponseEntity<byte[]> object(String root, Map<String, Object> fields) {
        return answer(HttpStatus.OK, root, fields);
    }

    /** GeoReport v2 errors: {@code [{"code":400,"description":"…"}]} or {@code <errors><error>…}. */
    ResponseEntity<byte[]> errors(HttpStatusCode status, List<String> descriptions) {
        List<Map<String, Object>> items = descriptions.stream().map(d -> {
            Map<String, Object> e = obj();
            e.put("code", status.value());
            e.put("description", d);
            return e;
        }).toList();
        return list(status, "errors", "error", items);
    }

    private ResponseEntity<byte[]> answer(HttpStatusCode status, String root, Object content) {
        byte[] body = this == XML ? xml(root, content) : JSON_MAPPER.writeValueAsBytes(json(content));
        return ResponseEntity.status(status).contentType(mediaType()).body(body);
    }

    private static Object json(Object value) {
        if (value instanceof Items items) {
            return items.items().stream().map(Open311Format::json).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), json(v)));
            return out;
        }
        return value;
    }

    private static byte[] xml(String root, Object content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter w = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            element(w, root, content);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Items items) {
            for (Object item : items.items()) {
                element(w, items.element(), item);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                element(w, String.valueOf(e.getKey()), e.getValue());
            }
        } else {
            w.writeCharacters(String.valueOf(value));
        }
        w.writeEndElement();
    }
}
