package dev.ordo.identity.onetime;

/** What a mailed token proves; a token redeems only for the purpose it was issued for. */
public enum Purpose {
    VERIFY_EMAIL("verify-email"),
    RESET_PASSWORD("reset-password"),
    CHANGE_EMAIL("change-email");

    private final String code;

    Purpose(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
