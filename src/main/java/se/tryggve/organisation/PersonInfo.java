package se.tryggve.organisation;

/**
 * A person as logged-in users see them. E-mail and phone are internal: a public page or open-data
 * export must never take them from here (build a view without them).
 */
public record PersonInfo(long id, String firstName, String lastName, String email, String phone, boolean active,
                         long version) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
