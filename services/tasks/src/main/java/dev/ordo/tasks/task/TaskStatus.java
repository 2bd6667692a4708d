package dev.ordo.tasks.task;

/** Where a task stands. PENDING and IN_PROGRESS are "open"; COMPLETED and CANCELLED are closed. */
public enum TaskStatus {
    PENDING,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public boolean open() {
        return this == PENDING || this == IN_PROGRESS;
    }
}
