package dev.ordo.platform.web.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON value that is well-formed but breaks one of the {@link InputRules}; the problem names the rule. */
public class InputRuleViolation extends MismatchedInputException {

    private final String rule;

    InputRuleViolation(JsonParser parser, String rule, Class<?> targetType) {
        super(parser, rule, targetType);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
