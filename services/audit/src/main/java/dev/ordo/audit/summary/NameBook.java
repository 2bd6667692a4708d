package dev.ordo.audit.summary;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The names audit knows for a set of ids, with their history, so a name can be read as it was at a time. */
final class NameBook {

    static final NameBook EMPTY = new NameBook(List.of());

    private record Key(NameKind kind, UUID id) {}

    private final Map<Key, List<Naming>> histories = new HashMap<>();

    NameBook(List<Naming> namings) {
        for (Naming naming : namings) {
            histories
                    .computeIfAbsent(new Key(naming.kind(), naming.id()), key -> new java.util.ArrayList<>())
                    .add(naming);
        }
        histories.values().forEach(history -> history.sort(Comparator.comparing(Naming::since)));
    }

    /**
     * What {@code id} was called at {@code at}: the latest name given at or before it; if every name came later
     * (clocks of two services, or a name whose event is not recorded yet), the earliest known; else {@code null}.
     */
    String nameAt(NameKind kind, UUID id, Instant at) {
        if (id == null) {
            return null;
        }
        List<Naming> history = histories.get(new Key(kind, id));
        if (history == null) {
            return null;
        }
        Naming found = history.getFirst();
        for (Naming naming : history) {
            if (naming.since().isAfter(at)) {
                break;
            }
            found = naming;
        }
        return found.name();
    }

    /** The name {@code id} had just before {@code at}, or {@code null} if it had none then. */
    String nameBefore(NameKind kind, UUID id, Instant at) {
        List<Naming> history = histories.get(new Key(kind, Objects.requireNonNull(id)));
        String found = null;
        if (history != null) {
            for (Naming naming : history) {
                if (!naming.since().isBefore(at)) {
                    break;
                }
                found = naming.name();
            }
        }
        return found;
    }
}
