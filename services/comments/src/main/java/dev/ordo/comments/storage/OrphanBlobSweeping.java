package dev.ordo.comments.storage;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The orphan blob job: the platform runs every {@code RecurringTask} bean with db-scheduler
 * ({@code RecurringJobsAutoConfiguration}), once per turn across replicas.
 */
@Configuration(proxyBeanMethods = false)
class OrphanBlobSweeping {

    static final String TASK_NAME = "orphan-blob-sweep";
    static final int BATCH = 500;

    @Bean
    RecurringTask<Void> orphanBlobSweepTask(OrphanBlobs orphans, StorageProperties properties) {
        return Tasks.recurring(TASK_NAME, Schedules.fixedDelay(properties.sweepInterval()))
                .execute((instance, context) -> orphans.sweepAll(BATCH));
    }
}
