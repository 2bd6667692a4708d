package dev.ordo.comments.comment;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A discussion: a task's comments ({@code taskId} set) or a project's own; {@code projectId} decides who may take part. */
record Thread(UUID projectId, @Nullable UUID taskId) {}
