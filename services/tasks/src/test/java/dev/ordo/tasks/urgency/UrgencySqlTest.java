package dev.ordo.tasks.urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordo.tasks.query.Fixture;
import dev.ordo.tasks.query.Priority;
import dev.ordo.tasks.query.TasksDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL form of the urgency score gives the same numbers, and so the same order, as the Java form. */
class UrgencySqlTest {

    static final Instant NOW = Instant.parse("2026-06-15T12:34:56Z");
    static JdbcClient jdbc;
    static final Map<String, Double> expected = new LinkedHashMap<>();

    @BeforeAll
    static void sampleOfTasks() {
        jdbc = TasksDatabase.fresh("tasks_lang_urgency");
        jdbc.sql("truncate task, task_label, project_replica, user_replica").update();
        Fixture f = new Fixture(jdbc);
        UUID me = f.user("me@example.com");
        UUID project = f.project("Work", null, me);
        Random random = new Random(42);
        Priority[] priorities = Priority.values();
        for (int i = 0; i < 60; i++) {
            Priority priority = priorities[random.nextInt(4)];
            Instant createdAt = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 500)));
            int subtasks = random.nextInt(4) == 0 ? random.nextInt(14) : 0;
            Fixture.TaskRow row =
                    f.task("task " + i, project, me).priority(priority).createdAt(createdAt);
            Instant dueInstant = null;
            switch (random.nextInt(4)) {
                case 0 -> {}
                case 1 -> {
                    LocalDate day = LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(random.nextInt(60) - 30);
                    row.dueOn(day);
                    dueInstant = Urgency.dueInstant(day, null);
                }
                default -> {
                    dueInstant = NOW.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 80) - 60 * 24 * 40));
                    row.dueAt(dueInstant, random.nextBoolean() ? "Europe/Berlin" : "America/New_York");
                }
            }
            UUID id = row.insert();
            for (int s = 0; s < subtasks; s++) {
                f.task("subtask " + i + "." + s, project, me).parent(id).insert();
            }
            // Closed subtasks do not count.
            f.task("done subtask " + i, project, me)
                    .parent(id)
                    .status(random.nextBoolean() ? "COMPLETED" : "CANCELLED")
                    .insert();
            expected.put("task " + i, Urgency.score(priority, dueInstant, createdAt, subtasks, NOW));
        }
        // Far outside the caps, where exp() would underflow in PostgreSQL without them.
        f.task("due in ten years", project, me).dueOn(LocalDate.of(2036, 1, 1)).insert();
        expected.put(
                "due in ten years",
                Urgency.score(
                        Priority.LOW,
                        Urgency.dueInstant(LocalDate.of(2036, 1, 1), null),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        0,
                        NOW));
        f.task("overdue for ten years", project, me)
                .dueOn(LocalDate.of(2016, 1, 1))
                .insert();
        expected.put(
                "overdue for ten years",
                Urgency.score(
                        Priority.LOW,
                        Urgency.dueInstant(LocalDate.of(2016, 1, 1), null),
                        Instant.parse("2026-01-01T00:00:00Z"),
                        0,
                        NOW));
    }

    @Test
    void sql_and_java_give_the_same_score_for_every_task() {
        Map<String, Double> actual = sqlScores();
        assertThat(actual.keySet()).containsAll(expected.keySet());
        expected.forEach(
                (title, score) -> assertThat(actual.get(title)).as(title).isEqualTo(score, within(1e-9)));
    }

    @Test
    void sql_and_java_rank_the_tasks_identically() {
        List<String> javaOrder = new ArrayList<>(expected.keySet());
        // Equal scores (e.g. two tasks past the age cap) are ordered by title in both.
        javaOrder.sort(Comparator.comparing((String title) -> expected.get(title))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<String> sqlOrder = jdbc.sql("select t.title from task t where t.parent_id is null order by "
                        + Urgency.sql("now") + " desc, t.title collate \"C\"")
                .param("now", OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))
                .query(String.class)
                .list();
        assertThat(sqlOrder).isEqualTo(javaOrder);
    }

    static Map<String, Double> sqlScores() {
        Map<String, Double> scores = new LinkedHashMap<>();
        jdbc.sql("select t.title, " + Urgency.sql(":now") + " as urgency from task t where t.parent_id is null")
                .param("now", OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))
                .query((rs, n) -> scores.put(rs.getString("title"), rs.getDouble("urgency")))
                .list();
        return scores;
    }
}
