package dev.ordo.tasks.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into operators ({@code & | ( )}, and {@code !} where a new atom starts) and atom texts.
 * An atom text runs up to the next operator, so names may contain spaces ({@code #My Work & p1}); a
 * backslash makes the next character literal ({@code #R\&D}). A {@code !} inside a text is literal.
 */
final class FilterLexer {

    private final String query;
    private int pos;

    private FilterLexer(String query) {
        this.query = query;
    }

    static List<FilterToken> tokens(String query) {
        return new FilterLexer(query).all();
    }

    private List<FilterToken> all() {
        List<FilterToken> tokens = new ArrayList<>();
        while (true) {
            while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
                pos++;
            }
            if (pos == query.length()) {
                tokens.add(FilterToken.operator(FilterToken.Kind.END, pos));
                return tokens;
            }
            FilterToken.Kind operator = operatorAt(pos);
            if (operator != null || query.charAt(pos) == '!') {
                tokens.add(FilterToken.operator(operator != null ? operator : FilterToken.Kind.NOT, pos++));
            } else {
                tokens.add(text());
            }
        }
    }

    private FilterToken.Kind operatorAt(int at) {
        return switch (query.charAt(at)) {
            case '&' -> FilterToken.Kind.AND;
            case '|' -> FilterToken.Kind.OR;
            case '(' -> FilterToken.Kind.OPEN;
            case ')' -> FilterToken.Kind.CLOSE;
            default -> null;
        };
    }

    private FilterToken text() {
        int start = pos;
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        int keep = 0; // text length without trailing unescaped whitespace
        int keepEnd = start; // the query offset just past the kept text
        while (pos < query.length() && operatorAt(pos) == null) {
            char c = query.charAt(pos);
            // An escaped character is placed at its backslash: that is where the user wrote it.
            offsets.add(pos);
            if (c == '\\') {
                if (pos + 1 == query.length()) {
                    throw new FilterSyntaxException("expected a character to escape after '\\'", pos + 1);
                }
                text.append(query.charAt(pos + 1));
                pos += 2;
                keep = text.length();
                keepEnd = pos;
            } else {
                text.append(c);
                pos++;
                if (!Character.isWhitespace(c)) {
                    keep = text.length();
                    keepEnd = pos;
                }
            }
        }
        int[] offsetArray = new int[keep + 1];
        for (int i = 0; i < keep; i++) {
            offsetArray[i] = offsets.get(i);
        }
        offsetArray[keep] = keepEnd;
        return new FilterToken(FilterToken.Kind.TEXT, start, text.substring(0, keep), offsetArray);
    }
}
