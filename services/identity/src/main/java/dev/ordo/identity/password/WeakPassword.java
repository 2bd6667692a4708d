package dev.ordo.identity.password;

import dev.ordo.platform.problems.InvalidInput;

/**
 * A 400 problem named {@code weak-password} ({@code https://ordo.dev/problems/weak-password}) whose
 * {@code rule} names what the password breaks, so a client can say it in its own words.
 */
public class WeakPassword extends InvalidInput {

    public static final String PROBLEM = "weak-password";

    private final Rule rule;

    public WeakPassword(Rule rule) {
        super(PROBLEM, rule.detail);
        this.rule = rule;
        with("rule", rule.id);
    }

    public Rule rule() {
        return rule;
    }

    public enum Rule {
        TOO_SHORT("min-length", "The password must have at least " + PasswordPolicy.MIN_LENGTH + " characters."),
        TOO_LONG("max-length", "The password must have at most " + PasswordPolicy.MAX_LENGTH + " characters."),
        ONLY_WHITESPACE("not-only-whitespace", "The password must not be only spaces."),
        COMMONLY_USED(
                "not-commonly-used",
                "This password is one of the most commonly used (it appears in lists of breached passwords); choose another.");

        private final String id;
        private final String detail;

        Rule(String id, String detail) {
            this.id = id;
            this.detail = detail;
        }

        /** As the problem's {@code rule} says it. */
        public String id() {
            return id;
        }
    }
}
