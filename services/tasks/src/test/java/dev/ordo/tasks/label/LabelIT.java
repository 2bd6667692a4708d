package dev.ordo.tasks.label;

import static dev.ordo.tasks.support.World.body;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.tasks.support.IntegrationTestBase;
import dev.ordo.tasks.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LabelIT extends IntegrationTestBase {

    TestUser ann;
    TestUser bo;
    UUID shared;

    @BeforeEach
    void setUp() {
        ann = world.user();
        bo = world.user();
        shared = world.project(ann, "Shared");
        world.join(shared, bo, "member");
    }

    @Test
    void labels_are_personal_and_unique_per_person_ignoring_case() {
        Api.Response created = api.post("/api/v1/labels", ann.token(), body("name", "phone", "color", "green"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/labels/" + created.id());

        assertThat(api.post("/api/v1/labels", ann.token(), body("name", "PHONE"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/labels", bo.token(), body("name", "phone")).status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/labels/" + created.id(), bo.token()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/labels", ann.token(), body("name", "x", "color", "plaid"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/labels", ann.token(), body("name", "a b")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/labels", ann.token(), body("name", "@x")).status())
                .isEqualTo(400);
    }

    @Test
    void renaming_a_label_renames_it_on_the_tasks_i_created_and_deleting_it_takes_it_off_them() {
        String label =
                api.post("/api/v1/labels", ann.token(), body("name", "phone")).id();
        UUID mine = UUID.fromString(
                world.task(ann, body("projectId", shared, "title", "mine", "labels", List.of("phone", "later")))
                        .get("id")
                        .asString());
        UUID bos =
                UUID.fromString(world.task(bo, body("projectId", shared, "title", "bo's", "labels", List.of("phone")))
                        .get("id")
                        .asString());

        Api.Response renamed = api.patch("/api/v1/labels/" + label, ann.token(), body("name", "calls"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(labelsOf(mine)).containsExactly("calls", "later");
        assertThat(labelsOf(bos)).containsExactly("phone");

        assertThat(api.delete("/api/v1/labels/" + label, ann.token()).status()).isEqualTo(204);
        assertThat(labelsOf(mine)).containsExactly("later");
        assertThat(labelsOf(bos)).containsExactly("phone");
        assertThat(api.get("/api/v1/labels/" + label, ann.token()).status()).isEqualTo(404);
    }

    @Test
    void my_labels_are_listed_by_name_page_by_page() {
        for (String name : List.of("delta", "Alpha", "charlie", "bravo", "echo")) {
            assertThat(api.post("/api/v1/labels", ann.token(), body("name", name))
                            .status())
                    .isEqualTo(201);
        }
        Api.Response first = api.get("/api/v1/labels?limit=2", ann.token());
        Api.Response second = api.get("/api/v1/labels?limit=2&cursor=" + first.field("nextCursor"), ann.token());
        Api.Response third = api.get("/api/v1/labels?limit=2&cursor=" + second.field("nextCursor"), ann.token());

        assertThat(names(first)).containsExactly("Alpha", "bravo");
        assertThat(names(second)).containsExactly("charlie", "delta");
        assertThat(names(third)).containsExactly("echo");
        assertThat(third.field("nextCursor")).isNull();
    }

    private List<String> labelsOf(UUID task) {
        return api.get("/api/v1/tasks/" + task, ann.token())
                .json()
                .get("labels")
                .valueStream()
                .map(JsonNode::asString)
                .toList();
    }

    private static List<String> names(Api.Response page) {
        return page.json()
                .get("items")
                .valueStream()
                .map(l -> l.get("name").asString())
                .toList();
    }
}
