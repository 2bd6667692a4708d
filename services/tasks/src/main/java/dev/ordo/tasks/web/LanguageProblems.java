package dev.ordo.tasks.web;

import dev.ordo.platform.web.Problems;
import dev.ordo.tasks.query.FilterSyntaxException;
import dev.ordo.tasks.quickadd.DueWordsException;
import dev.ordo.tasks.quickadd.QuickAddSyntaxException;
import dev.ordo.tasks.recur.RecurrenceException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A filter query or a quick-add line that does not parse is the client's mistake: 400, with the
 * {@code position} (0-based character offset) where the problem is, so a client can point at it.
 * Ordered before the platform's handler, which would otherwise see an unexpected exception. The language
 * packages are plain Java, so this edge (not they) names the problems: {@value #FILTER},
 * {@value #QUICK_ADD}, {@value #DUE_STRING} and the recurrence's (docs/api/problems.md).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LanguageProblems {

    static final String FILTER = "invalid-filter-query";
    static final String QUICK_ADD = "invalid-quick-add";
    static final String DUE_STRING = "invalid-due-string";

    @ExceptionHandler(FilterSyntaxException.class)
    ResponseEntity<ProblemDetail> filter(FilterSyntaxException e, HttpServletRequest request) {
        return problem(FILTER, "The filter query is not valid: " + e.getMessage() + ".", e.position(), request);
    }

    @ExceptionHandler(QuickAddSyntaxException.class)
    ResponseEntity<ProblemDetail> quickAdd(QuickAddSyntaxException e, HttpServletRequest request) {
        return problem(
                QUICK_ADD, "The quick-add text cannot make a task: " + e.getMessage() + ".", e.position(), request);
    }

    @ExceptionHandler(DueWordsException.class)
    ResponseEntity<ProblemDetail> dueString(DueWordsException e, HttpServletRequest request) {
        return problem(
                DUE_STRING, "'due.string' is not a due in words: " + e.getMessage() + ".", e.position(), request);
    }

    /** {@value RecurrenceException#INVALID} or {@value RecurrenceException#TOO_MANY}, from quick add or a due. */
    @ExceptionHandler(RecurrenceException.class)
    ResponseEntity<ProblemDetail> recurrence(RecurrenceException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST, e.name(), "The recurrence cannot be: " + e.getMessage() + ".", request);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(
            String name, String detail, int position, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, name, detail, request);
        problem.setProperty("position", position);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
