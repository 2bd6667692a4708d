package dev.ordo.search.engine.opensearch;

import static dev.ordo.search.engine.opensearch.OpenSearchCalls.call;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index generations behind two aliases: {@code <alias>}, the live one every search and write goes to, and
 * {@code <alias>-rebuild}, the shadow a rebuild fills. Each generation is an index of its own,
 * {@code <alias>-<UTC time of creation>}, made from {@code index.json} (analyzers and mappings) with the configured
 * shards, replicas and refresh interval. Completing a rebuild moves the live alias in one {@code _aliases} call, so
 * searches never see a missing or half-filled index, then drops the old generation.
 */
final class IndexGenerations {

    private static final Logger log = LoggerFactory.getLogger(IndexGenerations.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String DEFINITION = "index.json";

    private final OpenSearchClient client;
    private final OpenSearchProperties properties;
    private final Clock clock;
    private final String definition;
    private final String digest;
    private final ScheduledExecutorService retiring;

    IndexGenerations(
            OpenSearchClient client, OpenSearchProperties properties, Clock clock, ScheduledExecutorService retiring) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
        this.definition = definition();
        this.digest = digest(definition);
        this.retiring = retiring;
    }

    String live() {
        return properties.alias();
    }

    String shadow() {
        return properties.alias() + "-rebuild";
    }

    /**
     * Makes the live generation if there is none. The first one has a fixed name, so services starting together
     * agree on it instead of each making one.
     */
    void ensureLive() {
        retireLater(orphans());
        if (exists(live())) {
            if (!liveDefinitionIsCurrent()) {
                log.warn(
                        "The search index {} was made from an older index.json than this service's: rebuild it"
                                + " (./ordo replay search) to use the new analyzers and mappings",
                        liveIndex().orElse(live()));
            }
            return;
        }
        String first = live() + "-initial";
        if (create(first, live(), properties.refreshInterval().toMillis() + "ms", properties.replicas())) {
            log.info("Created the search index {} behind the alias {}", first, live());
        } else if (!exists(live())) {
            throw new IllegalStateException(
                    "The index " + first + " exists without the alias " + live() + ": add the alias or delete it");
        }
    }

    /**
     * A new, empty shadow generation; one left by an unfinished rebuild is dropped first. Nobody searches it while it
     * fills, so it has no scheduled refreshes and no replicas until {@link #swap}.
     */
    String beginShadow() {
        dropShadow();
        String index = live() + "-" + STAMP.format(clock.instant());
        if (!create(index, shadow(), "-1", 0)) {
            throw new IllegalStateException("The index " + index + " exists already");
        }
        log.info("Rebuild started in {}", index);
        return index;
    }

    boolean shadowExists() {
        return exists(shadow());
    }

    /**
     * The shadow generation becomes the live one in one step; the old live generation is retired: dropped after
     * {@code retire-after}, as searches that resolved the alias just before the swap may still be reading it.
     */
    void swap() {
        List<String> fresh = indicesOf(shadow());
        if (fresh.size() != 1) {
            throw new IllegalStateException("No rebuild under way (the alias " + shadow() + " is on " + fresh + ")");
        }
        String next = fresh.getFirst();
        List<String> old = indicesOf(live());
        putSettings(next, properties.refreshInterval().toMillis() + "ms", properties.replicas());
        call(() -> client.indices().refresh(r -> r.index(next)));
        List<Action> actions = new ArrayList<>();
        for (String index : old) {
            actions.add(Action.of(a -> a.remove(r -> r.index(index).alias(live()))));
        }
        actions.add(Action.of(a -> a.add(r -> r.index(next).alias(live()))));
        actions.add(Action.of(a -> a.remove(r -> r.index(next).alias(shadow()))));
        call(() -> client.indices().updateAliases(u -> u.actions(actions)));
        log.info("Rebuild complete: {} is live, {} retired", next, old);
        retireLater(old);
    }

    /**
     * Drops these generations after the grace period, each only if no alias is on it by then. One whose drop was lost
     * (the service stopped meanwhile) is found again at the next start ({@link #orphans}).
     */
    private void retireLater(List<String> indices) {
        for (String index : indices) {
            retiring.schedule(() -> retire(index), properties.retireAfter().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void retire(String index) {
        try {
            if (orphans().contains(index)) {
                call(() -> client.indices().delete(d -> d.index(index)));
                log.info("Dropped the retired search index {}", index);
            }
        } catch (RuntimeException e) {
            log.warn("Could not drop the retired search index {} (dropped at the next start): {}", index, e.toString());
        }
    }

    /** This alias's generations that no alias is on: replaced ones (by the name, never another alias's). */
    List<String> orphans() {
        OpenSearchCalls.Answer answer = OpenSearchCalls.send(client, "GET", "/" + live() + "-*/_alias", null);
        if (!answer.ok()) {
            throw new IllegalStateException("Listing the search indices failed: " + answer);
        }
        Pattern generation = Pattern.compile(Pattern.quote(live()) + "-(initial|\\d{8}-\\d{6}-\\d{3})");
        List<String> orphans = new ArrayList<>();
        JsonMapper.shared().readTree(answer.body()).properties().forEach(entry -> {
            if (generation.matcher(entry.getKey()).matches()
                    && entry.getValue().path("aliases").isEmpty()) {
                orphans.add(entry.getKey());
            }
        });
        return orphans.stream().sorted().toList();
    }

    void dropShadow() {
        for (String index : indicesOf(shadow())) {
            call(() -> client.indices().delete(d -> d.index(index)));
            log.info("Dropped the unfinished rebuild {}", index);
        }
    }

    List<String> indicesOf(String alias) {
        if (!exists(alias)) {
            return List.of();
        }
        try {
            return call(() -> client.indices().getAlias(g -> g.name(alias))).result().keySet().stream()
                    .sorted()
                    .toList();
        } catch (OpenSearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    Optional<String> liveIndex() {
        List<String> indices = indicesOf(live());
        return indices.size() == 1 ? Optional.of(indices.getFirst()) : Optional.empty();
    }

    private boolean exists(String alias) {
        return call(() -> client.indices().existsAlias(e -> e.name(alias))).value();
    }

    /**
     * Whether the live generation was made from this service's {@code index.json} (its digest is kept in the
     * mapping's {@code _meta}); an older one keeps serving, with the analyzers and fields it was made with, until a
     * rebuild replaces it.
     */
    boolean liveDefinitionIsCurrent() {
        OpenSearchCalls.Answer answer = OpenSearchCalls.send(client, "GET", "/" + live() + "/_mapping", null);
        if (!answer.ok()) {
            return false;
        }
        for (JsonNode index : JsonMapper.shared().readTree(answer.body())) {
            if (!digest.equals(
                    index.path("mappings").path("_meta").path("definition").asString(""))) {
                return false;
            }
        }
        return true;
    }

    /** Creates the index with the alias on it; false when an index of that name exists already. */
    private boolean create(String index, String alias, String refreshInterval, int replicas) {
        ObjectNode body = (ObjectNode) JsonMapper.shared().readTree(definition);
        body.withObject("/mappings/_meta").put("definition", digest);
        ObjectNode settings = body.withObject("/settings/index");
        settings.put("number_of_shards", properties.shards());
        settings.put("number_of_replicas", replicas);
        settings.put("refresh_interval", refreshInterval);
        body.putObject("aliases").putObject(alias);
        OpenSearchCalls.Answer answer = OpenSearchCalls.send(client, "PUT", "/" + index, body.toString());
        if (answer.ok()) {
            return true;
        }
        if (answer.status() == 400 && answer.body().contains("resource_already_exists_exception")) {
            return false;
        }
        throw new IllegalStateException("Creating the index " + index + " failed: " + answer);
    }

    private void putSettings(String index, String refreshInterval, int replicas) {
        ObjectNode body = JsonMapper.shared().createObjectNode();
        body.withObject("/index").put("refresh_interval", refreshInterval).put("number_of_replicas", replicas);
        OpenSearchCalls.Answer answer =
                OpenSearchCalls.send(client, "PUT", "/" + index + "/_settings", body.toString());
        if (!answer.ok()) {
            throw new IllegalStateException("Setting up the index " + index + " failed: " + answer);
        }
    }

    /** The index's settings as OpenSearch states them (for the operator and tests). */
    String settings(String index) {
        OpenSearchCalls.Answer answer = OpenSearchCalls.send(client, "GET", "/" + index + "/_settings", null);
        if (!answer.ok()) {
            throw new IllegalStateException("Reading the settings of " + index + " failed: " + answer);
        }
        return answer.body();
    }

    private static String digest(String definition) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(definition.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String definition() {
        try (InputStream in = IndexGenerations.class.getResourceAsStream(DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException("No " + DEFINITION + " beside " + IndexGenerations.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
