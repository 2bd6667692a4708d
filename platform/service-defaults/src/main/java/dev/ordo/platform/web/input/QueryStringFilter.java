package dev.ordo.platform.web.input;

import dev.ordo.platform.web.ProblemResponseWriter;
import dev.ordo.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string that is not well-formed before anything reads a parameter from it: a broken
 * percent-escape ({@code ?x=%zz}, {@code cursor=%%%}), bytes that are not UTF-8 (which includes encoded
 * lone surrogates), or a NUL character — each a 400 problem instead of a 500 from deep inside.
 */
public class QueryStringFilter extends OncePerRequestFilter {

    private final ProblemResponseWriter problems;

    public QueryStringFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problemOf(request.getQueryString());
        if (problem != null) {
            problems.write(
                    request,
                    response,
                    Problems.of(HttpStatus.BAD_REQUEST, Problems.MALFORMED_REQUEST, problem, request));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the raw query string is refused, or {@code null}. */
    static String problemOf(String query) {
        if (query == null || query.isEmpty() || isPlainAscii(query)) {
            return null;
        }
        for (String part : query.split("&", -1)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '%') {
                    if (i + 2 >= part.length() || !isHex(part.charAt(i + 1)) || !isHex(part.charAt(i + 2))) {
                        return "The query string has a malformed percent-escape: '%' must be followed by two hex digits.";
                    }
                    bytes.write(Integer.parseInt(part, i + 1, i + 3, 16));
                    i += 2;
                } else if (c == '+') {
                    bytes.write(' ');
                } else if (c > 0x7f) {
                    return "The query string must be percent-encoded UTF-8.";
                } else {
                    bytes.write(c);
                }
            }
            String decoded;
            try {
                decoded = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray()))
                        .toString();
            } catch (CharacterCodingException e) {
                return "The query string must be percent-encoded UTF-8.";
            }
            String textProblem = InputRules.textProblem(decoded);
            if (textProblem != null) {
                return "A query parameter is not acceptable. " + textProblem;
            }
        }
        return null;
    }

    /**
     * No percent-escape and nothing but ASCII other than NUL ({@code ?limit=50&cursor=abc}, every query a
     * client of Ordo sends unescaped): it decodes to the same ASCII, which is always acceptable.
     */
    private static boolean isPlainAscii(String query) {
        for (int i = 0, n = query.length(); i < n; i++) {
            char c = query.charAt(i);
            if (c == '%' || c == 0 || c > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
