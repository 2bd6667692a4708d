package dev.ordo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The request id a client offers is kept exactly when it was kept before (the rule's regular expression). */
class RequestIdsTest {

    private static final Pattern BEFORE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Test
    void keeps_what_the_regular_expression_kept() {
        List<String> offered = List.of(
                "",
                "abc-123",
                "probe-1",
                "A.b_c:d-e",
                "x".repeat(128),
                "x".repeat(129),
                "a b",
                "a/b",
                "caf\u00e9",
                "a\u0000",
                "a\n",
                "\u0661\u0662",
                "7f0c3a1e-8a9b-4c2d-9e8f-0a1b2c3d4e5f");
        for (String id : offered) {
            assertThat(RequestIds.acceptOrCreate(id).equals(id))
                    .as("'%s'", id)
                    .isEqualTo(BEFORE.matcher(id).matches());
        }
        for (char c = 0; c < 0x300; c++) {
            String id = "a" + c;
            assertThat(RequestIds.acceptOrCreate(id).equals(id))
                    .as("U+%04X", (int) c)
                    .isEqualTo(BEFORE.matcher(id).matches());
        }
    }
}
