package dev.ordo.tasks.cache;

import dev.ordo.tasks.access.Memberships;
import dev.ordo.tasks.config.TasksProperties;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each user's most-urgent tasks, cached in Redis ({@value #PREFIX}{@code <userId>}, a hash with one field
 * per {@code limit}). Any task change in a project evicts the entries of all its members once the change
 * has committed; membership changes evict the member's. The TTL is only a safety net (urgency also
 * grows with time). Redis being down never fails a request: the list is then simply computed.
 */
@Component
public class MostUrgentCache {

    public static final String PREFIX = "ordo:tasks:urgent:";
    private static final Logger log = LoggerFactory.getLogger(MostUrgentCache.class);

    private final StringRedisTemplate redis;
    private final Memberships memberships;
    private final TasksProperties properties;

    MostUrgentCache(StringRedisTemplate redis, Memberships memberships, TasksProperties properties) {
        this.redis = redis;
        this.memberships = memberships;
        this.properties = properties;
    }

    public Optional<String> get(UUID userId, int limit) {
        try {
            Object cached = redis.opsForHash().get(key(userId), Integer.toString(limit));
            return Optional.ofNullable((String) cached);
        } catch (RuntimeException e) {
            log.warn("Most-urgent cache unavailable, computing: {}", e.toString());
            return Optional.empty();
        }
    }

    public void put(UUID userId, int limit, String json) {
        try {
            redis.opsForHash().put(key(userId), Integer.toString(limit), json);
            redis.expire(key(userId), properties.mostUrgentTtl());
        } catch (RuntimeException e) {
            log.warn("Most-urgent cache unavailable, not cached: {}", e.toString());
        }
    }

    /**
     * Evicts the entries of the project's members after the current transaction commits (at once without
     * one). The members are read now, so a member leaving in the same transaction is included.
     */
    public void evictProjectAfterCommit(UUID projectId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evict(memberships.members(projectId));
        } else if (pending().projects().add(projectId)) {
            pending().users().addAll(memberships.members(projectId));
        }
    }

    /**
     * As {@link #evictProjectAfterCommit(UUID)}, with the members read already (in the statement that
     * checked the caller's access), so no statement is spent on them.
     */
    public void evictProjectAfterCommit(UUID projectId, Collection<UUID> members) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evict(members);
        } else if (pending().projects().add(projectId)) {
            pending().users().addAll(members);
        }
    }

    public void evictUsersAfterCommit(Collection<UUID> userIds) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evict(userIds);
        } else {
            pending().users().addAll(userIds);
        }
    }

    private void evict(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        try {
            redis.delete(userIds.stream().map(MostUrgentCache::key).toList());
        } catch (RuntimeException e) {
            log.warn("Most-urgent cache unavailable, eviction skipped (entries expire by TTL): {}", e.toString());
        }
    }

    /** What to evict when this transaction commits: one synchronisation per transaction. */
    private Pending pending() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            return pending;
        }
        Pending pending = new Pending(new LinkedHashSet<>(), new LinkedHashSet<>());
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MostUrgentCache.this);
                if (status == STATUS_COMMITTED) {
                    evict(List.copyOf(pending.users()));
                }
            }
        });
        return pending;
    }

    /** The projects whose members were collected already, and the users to evict. */
    private record Pending(Set<UUID> projects, Set<UUID> users) {}

    static String key(UUID userId) {
        return PREFIX + userId;
    }
}
