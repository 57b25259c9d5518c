package se.tryggve.accounts;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.tryggve.security.Role;
import se.tryggve.security.UserAccounts;

/** The administrator's account form. A blank password on edit keeps the old one. */
class AccountForm {

    /** Validation group of the username: it is chosen once, at creation. */
    interface OnCreate {
    }

    @NotBlank(groups = OnCreate.class)
    @Size(max = 100, groups = OnCreate.class)
    @Pattern(regexp = "[\\p{L}\\p{N}._@-]*", message = "{accounts.username.invalid}", groups = OnCreate.class)
    private String username;
    @NotBlank
    @Size(max = 200)
    private String displayName;
    @Email
    @Size(max = 200)
    private String email;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Long departmentId;
    private Long partnerOrganisationId;
    private Long personId;
    private boolean enabled = true;
    private String password;
    private Long version;

    static AccountForm of(UserAccounts.Account a) {
        AccountForm f = new AccountForm();
        f.username = a.username();
        f.displayName = a.displayName();
        f.email = a.email();
        f.roles = a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles());
        f.departmentId = a.departmentId();
        f.partnerOrganisationId = a.partnerOrganisationId();
        f.personId = a.personId();
        f.enabled = a.enabled();
        f.version = a.version();
        return f;
    }

    UserAccounts.AccountData toData() {
        return new UserAccounts.AccountData(username, displayName, email, roles == null ? Set.of() : Set.copyOf(roles),
                departmentId, personId, enabled, password == null || password.isBlank() ? null : password, partnerOrganisationId);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    /** The person of the member register this account belongs to (e.g. a chair or an adjuster). */
    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    @Override
    public String toString() {
        // never print the password
        return "AccountForm[" + username + "]";
    }

    public Long getPartnerOrganisationId() {
        return partnerOrganisationId;
    }

    public void setPartnerOrganisationId(Long partnerOrganisationId) {
        this.partnerOrganisationId = partnerOrganisationId;
    }
}
