package dev.ordo.tasks.quickadd;

/**
 * A recognised part of a quick-add line, for highlighting: {@code kind} is one of date, time, priority,
 * project, section, label, assignee; {@code start}/{@code end} are offsets into the original text (end
 * exclusive) and {@code text} is that span.
 */
public record QuickAddToken(String kind, int start, int end, String text) {}
