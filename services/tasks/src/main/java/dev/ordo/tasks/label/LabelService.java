package dev.ordo.tasks.label;

import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.Colors;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal labels; each change is stored with its event, in one transaction. */
@Service
public class LabelService {

    private final Labels labels;
    private final LabelUsage usage;
    private final Outbox outbox;
    private final Clock clock;

    LabelService(Labels labels, LabelUsage usage, Outbox outbox, Clock clock) {
        this.labels = labels;
        this.usage = usage;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @throws Conflict if the caller has a label of that name already (ignoring case) */
    @Transactional
    public Label create(UUID caller, String name, String color) {
        Label label = new Label(
                UUID.randomUUID(),
                caller,
                LabelNames.check(name, "name"),
                color == null ? Colors.DEFAULT : color,
                now());
        if (!labels.add(label)) {
            throw new Conflict("You have a label named '" + label.name() + "' already.");
        }
        publishCreated(label, caller);
        return label;
    }

    @Transactional(readOnly = true)
    public Label get(UUID caller, UUID id) {
        return labels.byId(caller, id).orElseThrow(LabelService::noSuchLabel);
    }

    @Transactional(readOnly = true)
    public Page<Label> list(UUID caller, PageQuery query) {
        return Page.of(
                labels.page(caller, query.after("text", "uuid"), query.fetchSize()),
                query,
                l -> Cursor.of(List.of(l.name().toLowerCase(Locale.ROOT), l.id().toString())));
    }

    /** A new name is also given to the caller's own tasks that carry the old one. */
    @Transactional
    public Label update(UUID caller, UUID id, String name, String color) {
        Label before = labels.lock(caller, id).orElseThrow(LabelService::noSuchLabel);
        String newName = name == null ? before.name() : LabelNames.check(name, "name");
        String newColor = color == null ? before.color() : color;
        if (newName.equals(before.name()) && newColor.equals(before.color())) {
            return before;
        }
        boolean renamed = !newName.equals(before.name());
        if (renamed
                && !newName.equalsIgnoreCase(before.name())
                && labels.byName(caller, newName).isPresent()) {
            throw new Conflict("You have a label named '" + newName + "' already.");
        }
        Label after = new Label(before.id(), caller, newName, newColor, before.createdAt());
        labels.update(after);
        if (renamed) {
            usage.renamed(caller, before.name(), newName);
        }
        outbox.append(
                TaskEvents.LABEL_UPDATED,
                id.toString(),
                caller.toString(),
                new TaskEvents.LabelUpdated(after.state(), renamed ? before.name() : null));
        return after;
    }

    /** The label goes, and with it from the caller's own tasks. */
    @Transactional
    public void delete(UUID caller, UUID id) {
        Label label = labels.lock(caller, id).orElseThrow(LabelService::noSuchLabel);
        labels.delete(id);
        usage.removed(caller, label.name());
        outbox.append(
                TaskEvents.LABEL_DELETED,
                id.toString(),
                caller.toString(),
                new TaskEvents.LabelDeleted(id, caller, label.name()));
    }

    /**
     * The names as the caller's labels spell them, in the given order without duplicates (ignoring
     * case); names the caller has no label for yet become new labels (default color), each announced.
     */
    @Transactional
    public List<String> ensure(UUID caller, List<String> names, String field) {
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String name : names) {
            String checked = LabelNames.check(name, field);
            canonical.putIfAbsent(checked.toLowerCase(Locale.ROOT), checked);
        }
        List<String> result = new ArrayList<>();
        Map<String, Label> known = labels.byNames(caller, canonical.values());
        for (String name : canonical.values()) {
            Label label = known.get(name);
            if (label == null) {
                Label created = new Label(UUID.randomUUID(), caller, name, Colors.DEFAULT, now());
                if (labels.add(created)) {
                    publishCreated(created, caller);
                    label = created;
                } else {
                    // made by a concurrent request of the same caller a moment ago
                    label = labels.byName(caller, name).orElseThrow();
                }
            }
            result.add(label.name());
        }
        return List.copyOf(result);
    }

    private void publishCreated(Label label, UUID caller) {
        outbox.append(
                TaskEvents.LABEL_CREATED,
                label.id().toString(),
                caller.toString(),
                new TaskEvents.LabelCreated(label.state()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static NotFound noSuchLabel() {
        return new NotFound("There is no such label.");
    }
}
