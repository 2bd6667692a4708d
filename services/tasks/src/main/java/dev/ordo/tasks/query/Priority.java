package dev.ordo.tasks.query;

/** A task's priority; {@code rank} 1..4 is what users type as p1..p4 and the order tasks sort by. */
public enum Priority {
    URGENT(1),
    HIGH(2),
    MEDIUM(3),
    LOW(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** The priority written {@code p<n>}: p1 is URGENT, p4 is LOW. */
    public static Priority fromP(int p) {
        for (Priority priority : values()) {
            if (priority.rank == p) {
                return priority;
            }
        }
        throw new IllegalArgumentException("priority must be p1 to p4, not p" + p);
    }
}
