package dev.ordo.search.engine;

import java.util.Locale;
import java.util.Optional;

/** What a search document stands for; lower case on the wire ({@code task}, {@code project}, ...). */
public enum DocumentType {
    TASK,
    PROJECT,
    COMMENT,
    EVENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentType> fromWire(String text) {
        for (DocumentType type : values()) {
            if (type.wire().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
