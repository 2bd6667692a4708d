package dev.ordo.identity.ownership;

import dev.ordo.platform.problems.InvalidInput;

/** The one answer for a mailed link's token that is unknown, spent, expired or for something else. */
final class InvalidLinks {

    static final String PROBLEM = "invalid-token";

    private InvalidLinks() {}

    static InvalidInput invalid(String whatToDo) {
        return new InvalidInput(
                PROBLEM, "This link does not work (any more): it may have expired or been used already. " + whatToDo);
    }
}
