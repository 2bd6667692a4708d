package dev.ordo.identity.password;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.IllegalRegexRule;
import org.passay.rule.LengthRule;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (NIST SP 800-63B, 3.1.1.2): at least {@value #MIN_LENGTH} characters (code
 * points), at most {@value #MAX_LENGTH}, not only whitespace, and not one of the commonly breached passwords in
 * {@value #COMMON_PASSWORDS} (compared without regard to case). No composition rules: NIST advises against them.
 * Every new password (registration, change, reset) passes here; {@link PasswordHasher#hash} makes sure of it.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** Generous (NIST asks for at least 64), yet bounded: Argon2 need not chew on megabytes. */
    public static final int MAX_LENGTH = 128;

    static final String COMMON_PASSWORDS = "passwords/common-passwords.txt.gz";

    private final PasswordValidator validator;
    private final long commonPasswords;

    public PasswordPolicy() {
        WordListDictionary dictionary = new WordListDictionary(load(COMMON_PASSWORDS));
        this.commonPasswords = dictionary.size();
        this.validator = new DefaultPasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new IllegalRegexRule("\\A[\\s\\p{Z}]*\\z"),
                new DictionaryRule(dictionary));
    }

    /** @throws WeakPassword naming the first rule the password breaks */
    public void check(String password) {
        ValidationResult result = validator.validate(new PasswordData(password == null ? "" : password));
        if (!result.isValid()) {
            throw new WeakPassword(ruleOf(result.getDetails().getFirst()));
        }
    }

    /** How many breached passwords the list holds. */
    public long commonPasswordCount() {
        return commonPasswords;
    }

    private static WeakPassword.Rule ruleOf(RuleResultDetail detail) {
        return switch (detail.getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> WeakPassword.Rule.TOO_SHORT;
            case LengthRule.ERROR_CODE_MAX -> WeakPassword.Rule.TOO_LONG;
            case IllegalRegexRule.ERROR_CODE -> WeakPassword.Rule.ONLY_WHITESPACE;
            default -> WeakPassword.Rule.COMMONLY_USED;
        };
    }

    private static ArrayWordList load(String resource) {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the list of common passwords (" + resource + ") is missing");
        }
        try (Reader reader = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)) {
            return WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
