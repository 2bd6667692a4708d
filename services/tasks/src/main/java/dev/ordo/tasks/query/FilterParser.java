package dev.ordo.tasks.query;

import dev.ordo.tasks.query.FilterToken.Kind;
import java.util.List;
import java.util.function.Supplier;

/**
 * Parses Todoist-style filter queries with a recursive-descent parser over {@link FilterLexer}'s tokens.
 *
 * <pre>
 * query    = or EOF ;
 * or       = and { "|" and } ;
 * and      = unary { "&amp;" unary } ;
 * unary    = "!" unary | primary ;
 * primary  = "(" or ")" | atom ;
 * atom     = "today" | "tomorrow" | "overdue" | "no date" | "no due date" | "no labels"
 *          | "next" INT ("days" | "day")
 *          | "due" ("before" | "after") ":" date
 *          | "p1" | "p2" | "p3" | "p4"
 *          | "##" name | "#" name | "/" name | "@" name
 *          | "assigned to" ":" person | "created by" ":" person
 *          | "status" ":" ("pending" | "in_progress" | "in progress" | "completed" | "cancelled")
 *          | "search" ":" text ;
 * person   = "me" | "others" | EMAIL ;
 * date     = "today" | "tomorrow" | "yesterday" | "now" | WEEKDAY
 *          | YYYY "-" MM "-" DD [ ("T" | " ") HH ":" MM ]
 *          | MONTH DAY [ YEAR ] | DAY MONTH [ YEAR ]
 *          | ("+" | "-") INT ("h" | "d" | "w") ;
 * name     = text up to the next unescaped &amp; | ( ) ; trimmed ; "\" escapes one character ;
 * </pre>
 *
 * Keywords, month and weekday names are case-insensitive; names are matched case-insensitively when the
 * filter runs. Every error is a {@link FilterSyntaxException} pointing at a 0-based position.
 */
public final class FilterParser {

    /** Longer queries are refused: no sensible filter is this long, and it bounds the work per request. */
    public static final int MAX_LENGTH = 1000;

    private static final int MAX_DEPTH = 32;

    private final List<FilterToken> tokens;
    private int next;
    private int depth;

    private FilterParser(List<FilterToken> tokens) {
        this.tokens = tokens;
    }

    public static Filter parse(String query) {
        if (query == null || query.isBlank()) {
            throw new FilterSyntaxException("expected a filter", 0, "for example: today | overdue");
        }
        if (query.length() > MAX_LENGTH) {
            throw new FilterSyntaxException("the filter is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        FilterParser parser = new FilterParser(FilterLexer.tokens(query));
        Filter filter = parser.or(null);
        FilterToken rest = parser.peek();
        if (rest.kind() == Kind.CLOSE) {
            throw new FilterSyntaxException("unexpected ')' without a matching '('", rest.start());
        }
        if (rest.kind() != Kind.END) {
            throw new FilterSyntaxException("expected '&' or '|' before " + rest.describe(), rest.start());
        }
        return filter;
    }

    private Filter or(FilterToken after) {
        Filter left = and(after);
        while (peek().kind() == Kind.OR) {
            FilterToken operator = take();
            left = new Filter.Or(left, and(operator));
        }
        return left;
    }

    private Filter and(FilterToken after) {
        Filter left = unary(after);
        while (peek().kind() == Kind.AND) {
            FilterToken operator = take();
            left = new Filter.And(left, unary(operator));
        }
        return left;
    }

    private Filter unary(FilterToken after) {
        FilterToken token = take();
        return switch (token.kind()) {
            case NOT -> nested(token, () -> new Filter.Not(unary(token)));
            case OPEN ->
                nested(token, () -> {
                    Filter inside = or(token);
                    FilterToken close = take();
                    if (close.kind() != Kind.CLOSE) {
                        throw new FilterSyntaxException(
                                "expected ')'",
                                close.start(),
                                "to close the '(' at position " + token.start() + ", found " + close.describe());
                    }
                    return inside;
                });
            case TEXT -> AtomParser.parse(token);
            default ->
                throw new FilterSyntaxException(
                        "expected a filter" + (after == null ? "" : " after " + after.describe()),
                        token.start(),
                        token.kind() == Kind.END ? null : "found " + token.describe());
        };
    }

    private Filter nested(FilterToken token, Supplier<Filter> inside) {
        if (++depth > MAX_DEPTH) {
            throw new FilterSyntaxException("the filter nests deeper than " + MAX_DEPTH + " levels", token.start());
        }
        Filter filter = inside.get();
        depth--;
        return filter;
    }

    private FilterToken peek() {
        return tokens.get(next);
    }

    private FilterToken take() {
        FilterToken token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }
}
