package dev.ordo.tasks.task;

/** A task as it is shown: with the number of its open direct subtasks and of its comments. */
public record TaskView(Task task, int openSubtasks, int commentCount) {}
