package dev.ordo.identity.password;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A 400 problem of type {@code https://ordo.dev/problems/weak-password} whose {@code rule} names what the
 * password breaks, so a client can say it in its own words.
 */
public class WeakPassword extends ErrorResponseException {

    public static final URI TYPE = URI.create("https://ordo.dev/problems/weak-password");

    private final Rule rule;

    public WeakPassword(Rule rule) {
        super(HttpStatus.BAD_REQUEST, problem(rule), null);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    private static ProblemDetail problem(Rule rule) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, rule.detail);
        problem.setType(TYPE);
        problem.setTitle("Weak password");
        problem.setProperty("rule", rule.id);
        return problem;
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
