package dev.ordo.tasks.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The conditions of a task list, as SQL over alias {@code t}, with their named parameters. */
final class Criteria {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    Criteria where(String condition) {
        conditions.add("(" + condition + ")");
        return this;
    }

    Criteria param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    Criteria params(Map<String, Object> more) {
        params.putAll(more);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "true" : String.join("\n  and ", conditions);
    }

    Map<String, Object> params() {
        return params;
    }
}
