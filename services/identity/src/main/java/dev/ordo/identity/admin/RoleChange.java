package dev.ordo.identity.admin;

import java.util.List;

/** What an operator's grant or revoke did. {@code roles} is the account's roles afterwards (empty if none). */
public record RoleChange(Outcome outcome, String email, List<String> roles) {

    public enum Outcome {
        CHANGED,
        UNCHANGED,
        NO_SUCH_ACCOUNT,
        NOT_VERIFIED
    }
}
