package se.tryggve.open311;

import java.util.ArrayList;
import java.util.List;

/** API body that configures how a category is offered as an Open311 service (replaces the whole definition). */
public class ServiceDefinitionInput {

    private String type = "realtime";
    private String keywords;
    private String group;
    private List<Attribute> attributes = new ArrayList<>();

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public List<Attribute> getAttributes() {
        return attributes;
    }

    public void setAttributes(List<Attribute> attributes) {
        this.attributes = attributes == null ? new ArrayList<>() : attributes;
    }

    /** One attribute; {@code values} only for singlevaluelist and multivaluelist. */
    public record Attribute(String code, Boolean variable, String datatype, Boolean required,
                            String datatypeDescription, Integer order, String description,
                            List<ServiceAttribute.Value> values) {
    }
}
