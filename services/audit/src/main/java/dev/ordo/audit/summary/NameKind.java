package dev.ordo.audit.summary;

/** The things whose names audit remembers, because some events name them only by id. */
enum NameKind {
    USER,
    PROJECT,
    TASK,
    SECTION
}
