package dev.ordo.comments.storage;

import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deletes the bytes no attachment names any more. A deleted attachment's keys are queued in
 * {@code orphan_blob} in the deleting transaction (a trigger: however the row went); here each is deleted
 * from the store first and only then its row, so a failed delete is tried again on the next turn and no
 * file is ever forgotten. No transaction spans the store's calls.
 */
@Service
public class OrphanBlobs {

    private static final Logger log = LoggerFactory.getLogger(OrphanBlobs.class);

    private final JdbcClient jdbc;
    private final BlobStore blobs;

    OrphanBlobs(JdbcClient jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    /** Queues keys whose rows never came to be (an upload whose transaction failed after its bytes were stored). */
    public void queue(List<String> keys) {
        for (String key : keys) {
            jdbc.sql("insert into orphan_blob (storage_key) values (:key) on conflict do nothing")
                    .param("key", key)
                    .update();
        }
    }

    /** Deletes up to {@code batch} queued blobs, oldest first; the number deleted. */
    public int sweep(int batch) {
        List<String> keys = jdbc.sql("select storage_key from orphan_blob order by queued_at, storage_key limit :n")
                .param("n", batch)
                .query(String.class)
                .list();
        int deleted = 0;
        for (String key : keys) {
            try {
                blobs.delete(key);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                log.warn("Could not delete the orphan blob {}; tried again on the next turn", key, e);
                continue;
            }
            jdbc.sql("delete from orphan_blob where storage_key = :key")
                    .param("key", key)
                    .update();
            deleted++;
        }
        return deleted;
    }

    /** Sweeps until the queue is empty or a turn deletes nothing (every remaining one failed). */
    public int sweepAll(int batch) {
        int total = 0;
        for (int n; (n = sweep(batch)) > 0; ) {
            total += n;
            if (n < batch) {
                break;
            }
        }
        return total;
    }
}
