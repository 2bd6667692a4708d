package dev.ordo.tasks.list;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.tasks.cache.MostUrgentCache;
import dev.ordo.tasks.task.TaskResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * My most urgent open tasks: in my (not archived) projects, assigned to me or to nobody, by
 * {@code Urgency}. Answered from the cache while it holds them (see {@link MostUrgentCache}).
 */
@Service
public class MostUrgentService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    private final TaskLists lists;
    private final MostUrgentCache cache;
    private final JsonMapper json;
    private final Clock clock;

    MostUrgentService(TaskLists lists, MostUrgentCache cache, JsonMapper json, Clock clock) {
        this.lists = lists;
        this.cache = cache;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskResponse> mostUrgent(UUID caller, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidInput("'limit' must be between 1 and " + MAX_LIMIT + ".");
        }
        var cached = cache.get(caller, size);
        if (cached.isPresent()) {
            return Arrays.asList(json.readValue(cached.get(), TaskResponse[].class));
        }
        Criteria criteria = new Criteria()
                .where("t.project_id in (select m.project_id from membership m where m.user_id = :me)")
                .where("not exists (select 1 from project_replica p where p.id = t.project_id and p.archived)")
                .where("t.status in ('PENDING', 'IN_PROGRESS')")
                .where("t.assignee_id is null or t.assignee_id = :me")
                .param("me", caller)
                .param("now", TaskListService.utc(clock.instant().truncatedTo(ChronoUnit.MICROS)));
        List<TaskResponse> items =
                lists.page(criteria, TaskSort.URGENCY.keys(TaskListService.URGENCY), null, size).stream()
                        .map(row -> TaskResponse.of(row.view()))
                        .toList();
        cache.put(caller, size, json.writeValueAsString(items));
        return items;
    }
}
