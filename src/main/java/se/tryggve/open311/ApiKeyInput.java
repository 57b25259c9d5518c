package se.tryggve.open311;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Form and API body for a new api key: the client application's name and whom to contact about it. */
public class ApiKeyInput {

    @NotBlank(message = "{open311.key.name.required}")
    @Size(max = 100, message = "{open311.key.name.tooLong}")
    private String name;

    @Size(max = 200, message = "{open311.key.contact.tooLong}")
    private String contact;

    public ApiKeyInput() {
    }

    public ApiKeyInput(String name, String contact) {
        this.name = name;
        this.contact = contact;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
