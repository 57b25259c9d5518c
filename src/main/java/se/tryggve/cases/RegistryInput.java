package se.tryggve.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Form and API body of a registry. */
public class RegistryInput {

    @NotBlank(message = "{cases.code.required}")
    @Size(max = 20, message = "{cases.code.tooLong}")
    @Pattern(regexp = "[\\p{L}0-9_-]*", message = "{cases.code.pattern}")
    private String code;

    @NotBlank(message = "{cases.name.required}")
    @Size(max = 200, message = "{cases.name.tooLong}")
    private String name;

    @NotBlank(message = "{cases.format.required}")
    private String numberFormat;

    private Long version;

    public RegistryInput() {
    }

    public RegistryInput(String code, String name, String numberFormat) {
        this.code = code;
        this.name = name;
        this.numberFormat = numberFormat;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
