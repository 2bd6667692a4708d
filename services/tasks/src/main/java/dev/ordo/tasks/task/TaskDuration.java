package dev.ordo.tasks.task;

/** How long a task takes: {@code amount} of {@code unit} ({@code minute} or {@code day}). */
public record TaskDuration(int amount, String unit) {}
