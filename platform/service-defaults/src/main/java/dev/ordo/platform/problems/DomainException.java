package dev.ordo.platform.problems;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A rule of the domain said no. Domain and application code throw one of its kinds — {@link InvalidInput},
 * {@link Unauthenticated}, {@link Forbidden}, {@link NotFound}, {@link Conflict}, {@link VersionMismatch},
 * {@link Unprocessable}, {@link RateLimited} — and know nothing of HTTP: the platform's edge turns the kind
 * into a status and the {@linkplain #problem() problem name} into the problem+json {@code type}
 * ({@code https://ordo.dev/problems/<name>}; every name is listed in docs/api/problems.md).
 *
 * <p>The message is the problem's {@code detail}: a sentence for the person in front of the client.
 * A kind used without a name of its own answers with the kind's name ({@code not-found}, {@code conflict},
 * ...); a problem a client acts on by kind gets a name of its own:
 * {@code new Forbidden("email-not-verified", "Verify your email address to see invitations.")}.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInput,
                Unauthenticated,
                Forbidden,
                NotFound,
                Conflict,
                VersionMismatch,
                Unprocessable,
                RateLimited {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String problem;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    protected DomainException(String problem, String detail) {
        super(detail, null, false, false);
        if (problem == null || !NAME.matcher(problem).matches()) {
            throw new IllegalArgumentException("a problem name is lower-case words joined by '-': " + problem);
        }
        this.problem = problem;
    }

    /** The stable name of the problem, e.g. {@code not-found} or {@code email-not-verified}. */
    public String problem() {
        return problem;
    }

    /**
     * The problem's title, the same for every occurrence: its name as words ({@code email-not-verified} →
     * "Email not verified").
     */
    public String title() {
        return ProblemNames.title(problem);
    }

    /** Adds a member to the problem body, e.g. {@code position} for a syntax error; returns this. */
    public DomainException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** The problem's extra members, in the order they were added. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
