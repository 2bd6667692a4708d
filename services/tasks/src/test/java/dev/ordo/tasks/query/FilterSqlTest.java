package dev.ordo.tasks.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs compiled filters against PostgreSQL with the service's schema. The caller is in Berlin; it is
 * Tuesday 2026-03-10, 10:00 there (09:00 UTC).
 */
class FilterSqlTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    static JdbcClient jdbc;
    static UUID me;
    static Set<String> all;

    @BeforeAll
    static void fixture() {
        jdbc = TasksDatabase.fresh("tasks_lang_filter");
        jdbc.sql("truncate task, task_label, section, project_replica, user_replica")
                .update();
        Fixture f = new Fixture(jdbc);
        me = f.user("me@example.com");
        UUID ada = f.user("ada@example.com");
        UUID bob = f.user("Bob@Example.com");

        UUID work = f.project("Work", null, me);
        UUID clients = f.project("Clients", work, me);
        UUID acme = f.project("Acme", clients, me);
        UUID home = f.project("Home", null, me);
        UUID myWork = f.project("My Work", null, me);
        UUID workshop = f.project("Workshop", null, me);
        UUID calls = f.section("Calls", work);
        UUID errands = f.section("Errands", home);
        UUID deepFocus = f.section("Deep Focus", myWork);

        f.task("dated yesterday", work, me).dueOn(TODAY.minusDays(1)).insert();
        f.task("dated today", work, me)
                .dueOn(TODAY)
                .priority(Priority.URGENT)
                .section(calls)
                .labels("phone", "Urgent Stuff")
                .insert();
        f.task("dated tomorrow", work, me)
                .dueOn(TODAY.plusDays(1))
                .priority(Priority.HIGH)
                .assignee(me)
                .insert();
        f.task("dated in 3 days", work, me).dueOn(TODAY.plusDays(3)).insert();
        f.task("dated in 6 days", work, me).dueOn(TODAY.plusDays(6)).insert();
        f.task("dated in 7 days", work, me).dueOn(TODAY.plusDays(7)).insert();
        f.task("timed earlier today", work, me)
                .dueAt(Instant.parse("2026-03-10T07:00:00Z"), "Europe/Berlin")
                .insert();
        f.task("timed late today", work, me)
                .dueAt(Instant.parse("2026-03-10T22:30:00Z"), "Europe/Berlin")
                .priority(Priority.MEDIUM)
                .insert();
        // 00:30 on the 11th in Berlin, though its own (UTC) date is the 10th.
        f.task("timed just after midnight", work, me)
                .dueAt(Instant.parse("2026-03-10T23:30:00Z"), "UTC")
                .insert();
        // 21:00 on the 10th in New York is 02:00 on the 11th in Berlin.
        f.task("timed tonight in New York", work, me)
                .dueAt(Instant.parse("2026-03-11T01:00:00Z"), "America/New_York")
                .insert();
        f.task("timed in 20 hours", work, me)
                .dueAt(NOW.plusSeconds(20 * 3600), "Europe/Berlin")
                .insert();
        f.task("timed in 30 hours", work, me)
                .dueAt(NOW.plusSeconds(30 * 3600), "Europe/Berlin")
                .insert();
        f.task("no date task", work, me).insert();
        f.task("completed long ago", work, me)
                .dueOn(LocalDate.of(2026, 3, 1))
                .status("COMPLETED")
                .insert();
        f.task("in progress and late", work, me)
                .dueAt(Instant.parse("2026-03-09T12:00:00Z"), "Europe/Berlin")
                .status("IN_PROGRESS")
                .insert();
        f.task("cancelled idea", work, me).status("CANCELLED").insert();
        f.task("client call", clients, me)
                .assignee(ada)
                .labels("phone")
                .description("ask about the invoices")
                .insert();
        f.task("acme invoice", acme, ada).description("quarterly billing run").insert();
        f.task("fix sink", home, me)
                .section(errands)
                .assignee(bob)
                .labels("home")
                .description("kitchen plumbing leak")
                .insert();
        f.task("my work thing", myWork, me).section(deepFocus).insert();
        f.task("workshop prep", workshop, me).insert();

        all = new HashSet<>(
                jdbc.sql("select title from task").query(String.class).list());
    }

    @Test
    void today_means_the_callers_day_for_date_only_and_timed_dues() {
        assertThat(titles("today")).containsExactlyInAnyOrder("dated today", "timed earlier today", "timed late today");
    }

    @Test
    void tomorrow_compares_timed_dues_as_instants_whatever_zone_they_were_given_in() {
        assertThat(titles("tomorrow"))
                .containsExactlyInAnyOrder(
                        "dated tomorrow",
                        "timed just after midnight",
                        "timed tonight in New York",
                        "timed in 20 hours",
                        "timed in 30 hours");
    }

    @Test
    void today_in_new_york_is_another_set_of_tasks() {
        // 05:00 in New York: its day runs 04:00Z on the 10th to 04:00Z on the 11th.
        assertThat(titles("today", ZoneId.of("America/New_York"), NOW))
                .containsExactlyInAnyOrder(
                        "dated today",
                        "timed earlier today",
                        "timed late today",
                        "timed just after midnight",
                        "timed tonight in New York");
    }

    @Test
    void overdue_is_open_and_past_due_with_date_only_dues_overdue_from_the_next_day() {
        assertThat(titles("overdue"))
                .containsExactlyInAnyOrder("dated yesterday", "timed earlier today", "in progress and late");
    }

    @Test
    void no_date_finds_tasks_without_a_due() {
        assertThat(titles("no date"))
                .containsExactlyInAnyOrder(
                        "no date task",
                        "cancelled idea",
                        "client call",
                        "acme invoice",
                        "fix sink",
                        "my work thing",
                        "workshop prep");
        assertThat(titles("no due date")).isEqualTo(titles("no date"));
    }

    @Test
    void next_7_days_runs_from_today_for_seven_days() {
        assertThat(titles("next 7 days"))
                .containsExactlyInAnyOrder(
                        "dated today",
                        "dated tomorrow",
                        "dated in 3 days",
                        "dated in 6 days",
                        "timed earlier today",
                        "timed late today",
                        "timed just after midnight",
                        "timed tonight in New York",
                        "timed in 20 hours",
                        "timed in 30 hours");
        assertThat(titles("next 1 day")).isEqualTo(titles("today"));
    }

    @Test
    void due_before_a_date_is_strictly_before_that_day() {
        assertThat(titles("due before: tomorrow"))
                .containsExactlyInAnyOrder(
                        "dated yesterday",
                        "dated today",
                        "timed earlier today",
                        "timed late today",
                        "completed long ago",
                        "in progress and late");
        assertThat(titles("due before: 2026-03-11")).isEqualTo(titles("due before: tomorrow"));
        assertThat(titles("due before: Mar 11")).isEqualTo(titles("due before: tomorrow"));
        assertThat(titles("due before: wednesday")).isEqualTo(titles("due before: tomorrow"));
        assertThat(titles("due before: +1d")).isEqualTo(titles("due before: tomorrow"));
    }

    @Test
    void due_after_a_date_is_from_the_day_after_it() {
        assertThat(titles("due after: tomorrow"))
                .containsExactlyInAnyOrder("dated in 3 days", "dated in 6 days", "dated in 7 days");
        assertThat(titles("due after: +5d")).containsExactlyInAnyOrder("dated in 6 days", "dated in 7 days");
    }

    @Test
    void due_before_hours_from_now_compares_instants_and_counts_a_date_only_due_until_its_day_ends() {
        assertThat(titles("due before: +24h"))
                .containsExactlyInAnyOrder(
                        "dated yesterday",
                        "dated today",
                        "timed earlier today",
                        "timed late today",
                        "timed just after midnight",
                        "timed tonight in New York",
                        "timed in 20 hours",
                        "completed long ago",
                        "in progress and late");
        assertThat(titles("due before: now"))
                .containsExactlyInAnyOrder(
                        "dated yesterday", "timed earlier today", "completed long ago", "in progress and late");
    }

    @Test
    void due_after_hours_from_now_is_the_complement_among_dated_tasks() {
        assertThat(titles("due after: +24h"))
                .containsExactlyInAnyOrder(
                        "dated tomorrow", "dated in 3 days", "dated in 6 days", "dated in 7 days", "timed in 30 hours");
        assertThat(titles("due after: -2h"))
                .contains("dated today", "timed late today")
                .doesNotContain("timed earlier today", "dated yesterday");
    }

    @Test
    void a_date_with_a_time_is_a_wall_clock_time_in_the_callers_zone() {
        // 23:45 to 03:00 Berlin time; a task due today without a time is due until midnight, so it is in.
        assertThat(titles("due after: 2026-03-10 23:45 & due before: 2026-03-11T03:00"))
                .containsExactlyInAnyOrder("dated today", "timed just after midnight", "timed tonight in New York");
    }

    @Test
    void priorities_match_their_rank() {
        assertThat(titles("p1")).containsExactly("dated today");
        assertThat(titles("p2")).containsExactly("dated tomorrow");
        assertThat(titles("p3")).containsExactly("timed late today");
        assertThat(titles("p4")).hasSize(all.size() - 3);
    }

    @Test
    void a_project_matches_by_name_case_insensitively_and_not_by_prefix() {
        assertThat(titles("#clients")).containsExactly("client call");
        assertThat(titles("#Work"))
                .doesNotContain("client call", "acme invoice", "workshop prep", "my work thing")
                .contains("dated today", "no date task");
        assertThat(titles("#My Work")).containsExactly("my work thing");
    }

    @Test
    void a_double_hash_project_includes_sub_projects_at_any_depth() {
        assertThat(titles("##Work"))
                .contains("client call", "acme invoice", "dated today")
                .doesNotContain("workshop prep", "my work thing", "fix sink");
        assertThat(titles("##Clients")).containsExactlyInAnyOrder("client call", "acme invoice");
        assertThat(titles("##Acme")).containsExactly("acme invoice");
    }

    @Test
    void sections_and_labels_match_by_name_case_insensitively() {
        assertThat(titles("/calls")).containsExactly("dated today");
        assertThat(titles("/Deep Focus")).containsExactly("my work thing");
        assertThat(titles("@phone")).containsExactlyInAnyOrder("dated today", "client call");
        assertThat(titles("@urgent stuff")).containsExactly("dated today");
        assertThat(titles("no labels")).hasSize(all.size() - 3);
    }

    @Test
    void assigned_to_and_created_by_resolve_me_others_and_emails() {
        assertThat(titles("assigned to: me")).containsExactly("dated tomorrow");
        assertThat(titles("assigned to: ada@example.com")).containsExactly("client call");
        assertThat(titles("assigned to: bob@example.com")).containsExactly("fix sink");
        assertThat(titles("assigned to: others")).containsExactlyInAnyOrder("client call", "fix sink");
        assertThat(titles("created by: me")).hasSize(all.size() - 1).doesNotContain("acme invoice");
        assertThat(titles("created by: ADA@example.com")).containsExactly("acme invoice");
        assertThat(titles("created by: others")).containsExactly("acme invoice");
    }

    @Test
    void status_matches_exactly() {
        assertThat(titles("status: completed")).containsExactly("completed long ago");
        assertThat(titles("status: in progress")).containsExactly("in progress and late");
        assertThat(titles("status: cancelled")).containsExactly("cancelled idea");
        assertThat(titles("status: pending")).hasSize(all.size() - 3);
    }

    @Test
    void search_matches_words_of_the_title_and_description() {
        assertThat(titles("search: invoice")).containsExactly("acme invoice");
        assertThat(titles("search: Kitchen leak")).containsExactly("fix sink");
        assertThat(titles("search: invoices")).containsExactly("client call");
    }

    @Test
    void operators_combine_atoms_with_not_before_and_before_or() {
        assertThat(titles("today | overdue"))
                .containsExactlyInAnyOrder(
                        "dated yesterday",
                        "dated today",
                        "timed earlier today",
                        "timed late today",
                        "in progress and late");
        assertThat(titles("(today | overdue) & p1")).containsExactly("dated today");
        assertThat(titles("today | overdue & p1")).isEqualTo(titles("today"));
        assertThat(titles("##Work & !#Work")).containsExactlyInAnyOrder("client call", "acme invoice");
        assertThat(titles("@phone & !#My Work & !/Calls")).containsExactly("client call");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "today",
                "tomorrow",
                "overdue",
                "no date",
                "no labels",
                "next 7 days",
                "due before: +24h",
                "due after: -2h",
                "due before: friday",
                "p1",
                "#Work",
                "##Work",
                "/Calls",
                "@phone",
                "assigned to: me",
                "assigned to: others",
                "assigned to: ada@example.com",
                "created by: me",
                "status: pending",
                "search: invoice"
            })
    void not_is_the_exact_complement_even_for_tasks_without_the_attribute(String query) {
        Set<String> matching = titles(query);
        Set<String> rest = titles("!(" + query + ")");
        assertThat(rest).doesNotContainAnyElementsOf(matching);
        Set<String> union = new HashSet<>(matching);
        union.addAll(rest);
        assertThat(union).isEqualTo(all);
    }

    @Test
    void parameters_are_named_with_the_given_prefix_so_two_filters_can_share_a_statement() {
        FilterContext ctx = new FilterContext(me, BERLIN, NOW);
        SqlFragment first = FilterSql.compile(FilterParser.parse("today | p2"), ctx, "a");
        SqlFragment second = FilterSql.compile(FilterParser.parse("#Work & @phone"), ctx, "b");
        assertThat(first.params()).containsOnlyKeys("a0", "a1", "a2", "a3", "a4");
        assertThat(second.params()).containsOnlyKeys("b0", "b1");
        List<String> both = jdbc.sql("select title from task t where (" + first.sql() + ") and (" + second.sql() + ")")
                .params(first.params())
                .params(second.params())
                .query(String.class)
                .list();
        assertThat(both).containsExactly("dated today");
    }

    @Test
    void the_fragment_names_its_parameters_f0_f1_by_default() {
        SqlFragment fragment = FilterSql.compile(FilterParser.parse("#Work & p1"), new FilterContext(me, BERLIN, NOW));
        assertThat(fragment.sql())
                .isEqualTo("(t.project_id in (select p.id from project_replica p "
                        + "where lower(p.name) = lower(:f0)) and t.priority_rank = :f1)");
        assertThat(fragment.params()).containsEntry("f0", "Work").containsEntry("f1", 1);
    }

    @Test
    void a_day_that_springs_forward_is_23_hours_long() {
        FilterContext sunday = new FilterContext(me, BERLIN, Instant.parse("2026-03-29T10:00:00Z"));
        SqlFragment today = FilterSql.compile(FilterParser.parse("today"), sunday);
        assertThat(today.params())
                .containsEntry("f0", LocalDate.of(2026, 3, 29))
                .containsEntry("f1", LocalDate.of(2026, 3, 30))
                .containsEntry("f2", OffsetDateTime.parse("2026-03-28T23:00Z"))
                .containsEntry("f3", OffsetDateTime.parse("2026-03-29T22:00Z"));
    }

    static Set<String> titles(String query) {
        return titles(query, BERLIN, NOW);
    }

    static Set<String> titles(String query, ZoneId zone, Instant now) {
        SqlFragment fragment = FilterSql.compile(FilterParser.parse(query), new FilterContext(me, zone, now));
        return new HashSet<>(jdbc.sql("select t.title from task t where " + fragment.sql())
                .params(fragment.params())
                .query(String.class)
                .list());
    }
}
