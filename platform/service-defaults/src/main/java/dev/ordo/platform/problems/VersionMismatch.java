package dev.ordo.platform.problems;

/**
 * The client changed an object based on a version that is no longer current (its If-Match is stale): it
 * must read the object again; 412.
 */
public non-sealed class VersionMismatch extends DomainException {

    public static final String NAME = "version-mismatch";

    public VersionMismatch() {
        this("It was changed meanwhile: If-Match does not match its current version. Read it again.");
    }

    public VersionMismatch(String detail) {
        super(NAME, detail);
    }
}
