package se.tryggve.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A party as filled in (page form and API body); version for updates. */
public class PartyInput {

    @NotBlank
    @Size(max = 20)
    private String abbreviation;
    @NotBlank
    @Size(max = 200)
    private String name;
    private Long version;

    public String getAbbreviation() {
        return abbreviation;
    }

    public void setAbbreviation(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
