package dev.ordo.search.engine;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.search.*}: which engine holds the index. {@code postgres} (the default) keeps it in the service's own
 * database ({@code dev.ordo.search.engine.postgres}); {@code opensearch} in an OpenSearch cluster
 * ({@code dev.ordo.search.engine.opensearch}, configured under {@code ordo.search.opensearch.*}). Each engine's
 * configuration is conditional on this property, so exactly one {@link SearchEngine} bean exists.
 *
 * @param engine {@value #POSTGRES} or {@value #OPENSEARCH}
 */
@ConfigurationProperties("ordo.search")
public record SearchProperties(@DefaultValue(POSTGRES) String engine) {

    public static final String POSTGRES = "postgres";
    public static final String OPENSEARCH = "opensearch";

    public SearchProperties {
        engine = engine == null ? POSTGRES : engine.strip().toLowerCase(Locale.ROOT);
        if (!engine.equals(POSTGRES) && !engine.equals(OPENSEARCH)) {
            throw new IllegalArgumentException(
                    "ordo.search.engine must be " + POSTGRES + " or " + OPENSEARCH + ", not '" + engine + "'");
        }
    }
}
