package dev.ordo.tasks.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A boolean SQL expression over the task table aliased {@code t}, with its named parameters for JdbcClient. */
public record SqlFragment(String sql, Map<String, Object> params) {

    public SqlFragment {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
