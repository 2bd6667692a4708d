package dev.ordo.tasks.label;

import dev.ordo.platform.problems.InvalidInput;
import java.util.regex.Pattern;

/**
 * What a label may be called: 1 to 60 characters, no spaces and none of the characters the filter and
 * quick-add languages use as markers or operators, so that {@code @name} always means exactly this label.
 */
public final class LabelNames {

    public static final int MAX_LENGTH = 60;
    private static final Pattern VALID = Pattern.compile("[^\\s@#/&|!(),\"]{1," + MAX_LENGTH + "}");

    private LabelNames() {}

    /** The name, stripped; 400 naming the field when it is not a valid label name. */
    public static String check(String name, String field) {
        String stripped = name == null ? "" : name.strip();
        if (!VALID.matcher(stripped).matches()) {
            throw new InvalidInput("'" + field + "' must be 1 to " + MAX_LENGTH
                    + " characters without spaces and without any of @ # / & | ! ( ) , \" (was '" + name + "').");
        }
        return stripped;
    }
}
