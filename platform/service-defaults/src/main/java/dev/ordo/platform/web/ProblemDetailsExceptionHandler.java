package dev.ordo.platform.web;

import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.DomainException;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.problems.RateLimited;
import dev.ordo.platform.problems.Unauthenticated;
import dev.ordo.platform.problems.Unprocessable;
import dev.ordo.platform.problems.VersionMismatch;
import dev.ordo.platform.web.input.InputRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error a controller lets out becomes RFC 9457 problem+json with the request id; client mistakes
 * are 4xx with a detail that helps, and nothing of the server's insides (no stack trace, no class
 * names) reaches the client. A {@link DomainException} is answered by its kind (the status) and its name
 * (the {@code type}); the catalogue of names is docs/api/problems.md.
 */
@RestControllerAdvice
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsExceptionHandler.class);
    static final String NOT_FOUND = "There is nothing at this address.";

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> handleDomain(DomainException ex, HttpServletRequest request) {
        HttpStatus status = statusOf(ex);
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof RateLimited limited && limited.retryAfter() != null) {
            headers.set(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, limited.retryAfter().toSeconds())));
        }
        ProblemDetail problem = Problems.of(status, ex.problem(), ex.getMessage(), request);
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The edge's half of the catalogue: which status each kind of domain problem answers with. */
    static HttpStatus statusOf(DomainException ex) {
        return switch (ex) {
            case InvalidInput ignored -> HttpStatus.BAD_REQUEST;
            case Unauthenticated ignored -> HttpStatus.UNAUTHORIZED;
            case Forbidden ignored -> HttpStatus.FORBIDDEN;
            case NotFound ignored -> HttpStatus.NOT_FOUND;
            case Conflict ignored -> HttpStatus.CONFLICT;
            case VersionMismatch ignored -> HttpStatus.PRECONDITION_FAILED;
            case Unprocessable ignored -> HttpStatus.UNPROCESSABLE_CONTENT;
            case RateLimited ignored -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "The request is not valid.", request);
        List<Map<String, String>> errors = ex.getConstraintViolations().stream()
                .map(v -> fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(e -> e.get("field")))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. Quote the request id when reporting it.",
                        request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(e -> fieldError(e.getField(), e.getDefaultMessage()))
                .toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> fieldError(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
                .collect(Collectors.toList());
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodySizeLimitFilter.BodyTooLargeException tooLarge =
                findCause(ex, BodySizeLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
            return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        Unreadable unreadable = describeUnreadable(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, unreadable.detail());
        Problems.named(problem, unreadable.name());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** An unknown path is a plain 404: no word about static resources or handlers. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    private ResponseEntity<Object> notFound(Exception ex, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, NOT_FOUND);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.enrich(problem, servletRequest(request));
        }
        return response;
    }

    /** Why a body could not be read, and whether it was not JSON at all or JSON the request does not take. */
    private record Unreadable(String name, String detail) {
        static Unreadable invalid(String detail) {
            return new Unreadable(InvalidInput.NAME, detail);
        }

        static Unreadable malformed(String detail) {
            return new Unreadable(Problems.MALFORMED_REQUEST, detail);
        }
    }

    private static Unreadable describeUnreadable(HttpMessageNotReadableException ex) {
        DatabindException binding = findCause(ex, DatabindException.class);
        if (binding != null) {
            String field = binding.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            if (!field.isEmpty()) {
                if (binding instanceof InputRuleViolation rule) {
                    return Unreadable.invalid("Field '" + field + "' is not acceptable. " + rule.rule());
                }
                if (binding instanceof UnrecognizedPropertyException unknown) {
                    return Unreadable.invalid(
                            "Unknown field '" + field + "': it is not accepted here." + accepted(unknown));
                }
                if (binding instanceof InvalidNullException && field.endsWith("]")) {
                    return Unreadable.invalid("Field '" + field + "' is null; a list may not contain nulls.");
                }
                return Unreadable.invalid(
                        "Field '" + field + "' is missing or has a value of the wrong type or format.");
            }
        }
        StreamReadException reading = findCause(ex, StreamReadException.class);
        if (reading != null
                && reading.getOriginalMessage() != null
                && reading.getOriginalMessage().startsWith("Duplicate Object property")) {
            return Unreadable.malformed("The request body has the same field twice in one object.");
        }
        if (findCause(ex, JacksonException.class) != null) {
            return Unreadable.malformed("The request body is not well-formed JSON.");
        }
        return Unreadable.malformed("The request body is missing or cannot be read.");
    }

    /** " Accepted are a, b and c." — the fields the object takes, so the client sees what it may send. */
    private static String accepted(UnrecognizedPropertyException unknown) {
        List<String> known = unknown.getKnownPropertyIds() == null
                ? List.of()
                : unknown.getKnownPropertyIds().stream()
                        .map(String::valueOf)
                        .sorted()
                        .toList();
        if (known.isEmpty()) {
            return "";
        }
        String fields = known.size() == 1
                ? known.getFirst()
                : String.join(", ", known.subList(0, known.size() - 1)) + " and " + known.getLast();
        return " Accepted " + (known.size() == 1 ? "is " : "are ") + fields + ".";
    }

    private static Map<String, String> fieldError(String field, String message) {
        return Map.of("field", field == null ? "" : field, "message", message == null ? "is not valid" : message);
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof NativeWebRequest nwr ? nwr.getNativeRequest(HttpServletRequest.class) : null;
    }
}
