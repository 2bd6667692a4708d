package dev.ordo.search.indexing;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Project names from the platform's replica ({@code project_replica}, ADR 0030), read under a share lock: the
 * replica's update of a renamed project and the rename of its documents happen in one transaction, so a document
 * indexed at the same time waits for it and takes the new name (or the rename comes after and renames it).
 */
@Repository
class ProjectNames {

    private final JdbcClient jdbc;

    ProjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> name(UUID projectId) {
        return jdbc.sql("select name from project_replica where id = :p and name is not null for share")
                .param("p", projectId)
                .query(String.class)
                .optional();
    }
}
