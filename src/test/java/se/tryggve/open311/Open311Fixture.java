package se.tryggve.open311;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import se.tryggve.organisation.Municipalities.Municipality;
import se.tryggve.security.Role;
import se.tryggve.testing.TestData;

/** A municipality of its own with an api key and an administrator, and helpers to read Open311 answers. */
@Component
class Open311Fixture {

    record World(Municipality municipality, String code, String key, long keyId, String admin) {
    }

    private final TestData data;
    private final ApiKeys keys;
    private final JdbcClient jdbc;

    Open311Fixture(TestData data, ApiKeys keys, JdbcClient jdbc) {
        this.data = data;
        this.keys = keys;
        this.jdbc = jdbc;
    }

    World world() {
        Municipality m = data.newMunicipality("Open311-kommun");
        NewApiKey key = keys.createKey(m.id(), new ApiKeyInput("Felanmälan-appen " + m.code(), "app@example.se"));
        String admin = data.newUser(m.id(), null, Role.ADMINISTRATOR);
        return new World(m, m.code(), key.key(), key.info().id(), admin);
    }

    long incidents(long m) {
        return jdbc.sql("select count(*) from incident where municipality_id = :m").param("m", m).query(Long.class).single();
    }

    static Document xml(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    /** The element children of a node, in order. */
    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<String> names(Node parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static Element child(Node parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getNodeName() + ">"));
    }

    static String text(Node parent, String name) {
        return child(parent, name).getTextContent();
    }
}
