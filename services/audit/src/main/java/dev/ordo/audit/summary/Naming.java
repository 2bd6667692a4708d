package dev.ordo.audit.summary;

import java.time.Instant;
import java.util.UUID;

/** {@code id} (a {@code kind}) was called {@code name} from {@code since} (the time of the event that said so). */
record Naming(NameKind kind, UUID id, Instant since, String name) {}
