package dev.ordo.tasks.query;

import java.util.Locale;
import java.util.Objects;

/**
 * A parsed filter query (see {@link FilterParser} for the grammar). {@link #toQuery()} writes it back
 * fully parenthesised, which is how tests and logs show what the parser understood.
 */
public sealed interface Filter {

    /** The query text for this filter; parsing it again gives an equal filter. */
    default String toQuery() {
        return switch (this) {
            case And(Filter left, Filter right) -> "(" + left.toQuery() + " & " + right.toQuery() + ")";
            case Or(Filter left, Filter right) -> "(" + left.toQuery() + " | " + right.toQuery() + ")";
            case Not(Filter operand) -> "!" + operand.toQuery();
            case Today() -> "today";
            case Tomorrow() -> "tomorrow";
            case Overdue() -> "overdue";
            case NoDate() -> "no date";
            case NoLabels() -> "no labels";
            case NextDays(int days) -> "next " + days + " days";
            case DueBefore(DateRef date) -> "due before: " + date.text();
            case DueAfter(DateRef date) -> "due after: " + date.text();
            case HasPriority(Priority priority) -> "p" + priority.rank();
            case InProject(String name, boolean withSubprojects) -> (withSubprojects ? "##" : "#") + escape(name);
            case InSection(String name) -> "/" + escape(name);
            case HasLabel(String name) -> "@" + escape(name);
            case AssignedTo(Person who) -> "assigned to: " + who.text();
            case CreatedBy(Person who) -> "created by: " + who.text();
            case HasStatus(String status) -> "status: " + status.toLowerCase(Locale.ROOT);
            case Search(String text) -> "search: " + escape(text);
        };
    }

    /** Whether the query says anything about status, so a caller knows whether to add its own default. */
    default boolean mentionsStatus() {
        return switch (this) {
            case And(Filter left, Filter right) -> left.mentionsStatus() || right.mentionsStatus();
            case Or(Filter left, Filter right) -> left.mentionsStatus() || right.mentionsStatus();
            case Not(Filter operand) -> operand.mentionsStatus();
            case HasStatus _, Overdue _ -> true;
            default -> false;
        };
    }

    private static String escape(String name) {
        return name.replaceAll("([\\\\&|()])", "\\\\$1");
    }

    record And(Filter left, Filter right) implements Filter {}

    record Or(Filter left, Filter right) implements Filter {}

    record Not(Filter operand) implements Filter {}

    /** Due today in the caller's zone. */
    record Today() implements Filter {}

    record Tomorrow() implements Filter {}

    /** Open and due before now (a date-only due: before today). */
    record Overdue() implements Filter {}

    record NoDate() implements Filter {}

    record NoLabels() implements Filter {}

    /** Due from the start of today up to the start of the day {@code days} later: today counts as one. */
    record NextDays(int days) implements Filter {}

    record DueBefore(DateRef date) implements Filter {}

    record DueAfter(DateRef date) implements Filter {}

    record HasPriority(Priority priority) implements Filter {}

    /** A project by name, case-insensitively; with its sub-projects at any depth for {@code ##}. */
    record InProject(String name, boolean withSubprojects) implements Filter {}

    record InSection(String name) implements Filter {}

    record HasLabel(String name) implements Filter {}

    record AssignedTo(Person who) implements Filter {}

    record CreatedBy(Person who) implements Filter {}

    /** One of PENDING, IN_PROGRESS, COMPLETED, CANCELLED. */
    record HasStatus(String status) implements Filter {}

    record Search(String text) implements Filter {}

    /** Who "assigned to:" and "created by:" name. */
    sealed interface Person {
        String text();
    }

    /** The caller. */
    record Me() implements Person {
        @Override
        public String text() {
            return "me";
        }
    }

    /** Someone other than the caller (and not nobody). */
    record Others() implements Person {
        @Override
        public String text() {
            return "others";
        }
    }

    record Email(String address) implements Person {
        public Email {
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String text() {
            return address;
        }
    }
}
