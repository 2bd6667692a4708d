package dev.ordo.tasks.replication;

import dev.ordo.platform.events.ReplayableReadModel;
import dev.ordo.tasks.cache.MostUrgentCache;
import org.springframework.stereotype.Component;

/**
 * The replicas of projects, memberships and users, for {@code POST /actuator/replay}: emptied, then rebuilt
 * from {@code ordo.projects.project} and {@code ordo.identity.user}. Tombstones stay: they are facts that no
 * replay can change, and they keep a replayed removal or deletion from running its effects twice.
 */
@Component
class Replicas implements ReplayableReadModel {

    private final VersionedReplicas replicas;
    private final MostUrgentCache cache;

    Replicas(VersionedReplicas replicas, MostUrgentCache cache) {
        this.replicas = replicas;
        this.cache = cache;
    }

    @Override
    public String name() {
        return "tasks-replicas";
    }

    @Override
    public void reset() {
        cache.evictUsersAfterCommit(replicas.reset());
    }
}
