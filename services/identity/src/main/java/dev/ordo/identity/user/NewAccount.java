package dev.ordo.identity.user;

/** What registration needs. {@code email} is normalised, {@code name} trimmed. */
public record NewAccount(String email, String password, String name) {

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", name=" + name + "]";
    }
}
