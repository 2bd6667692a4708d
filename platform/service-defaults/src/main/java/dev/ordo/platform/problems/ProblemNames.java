package dev.ordo.platform.problems;

import java.net.URI;

/** How a problem name becomes its {@code type} URI and title. */
public final class ProblemNames {

    /** Every problem's {@code type} is this followed by its name. */
    public static final String TYPE_BASE = "https://ordo.dev/problems/";

    private ProblemNames() {}

    public static URI type(String name) {
        return URI.create(TYPE_BASE + name);
    }

    /** {@code email-not-verified} → "Email not verified". */
    public static String title(String name) {
        String words = name.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
