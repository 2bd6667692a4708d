package dev.ordo.tasks.list;

import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.tasks.task.TaskView;
import dev.ordo.tasks.task.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pages of tasks (as they are shown, in one statement) in a given order, keyset-paginated on the order's keys and the id. The rows carry
 * their key values as text, exactly as PostgreSQL computed them, for the next cursor.
 */
@Repository
class TaskLists {

    private final JdbcClient jdbc;

    TaskLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A task of the page as it is shown, and its sort keys. */
    record Row(TaskView view, List<String> keys) {
        UUID id() {
            return view.task().id();
        }
    }

    /** @param after the key values and then the id of the row to continue after, or null for the first page */
    List<Row> page(Criteria criteria, List<SortKey> keys, List<String> after, int limit) {
        StringBuilder select = new StringBuilder("select " + Tasks.VIEW_COLUMNS);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            select.append(", (").append(key.sql()).append(")::text as k").append(i);
            order.add("(" + key.sql() + ")" + (key.descending() ? " desc" : " asc"));
        }
        order.add("t.id asc");
        String where = criteria.sql();
        if (after != null) {
            where += "\n  and " + after(keys, 0);
            Cursor cursor = Cursor.of(after);
            for (int i = 0; i < keys.size(); i++) {
                criteria.param("after" + i, cursor.sql(i, keys.get(i).type()));
            }
            criteria.param("afterId", cursor.sql(keys.size(), "uuid"));
        }
        String sql =
                select + "\nfrom task t\nwhere " + where + "\norder by " + String.join(", ", order) + "\nlimit :limit";
        return jdbc.sql(sql)
                .params(criteria.params())
                .param("limit", limit)
                .query((rs, n) -> {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < keys.size(); i++) {
                        values.add(rs.getString("k" + i));
                    }
                    return new Row(Tasks.view(rs), values);
                })
                .list();
    }

    /** Lexicographic "comes after" over the keys, then the id. */
    private static String after(List<SortKey> keys, int i) {
        if (i == keys.size()) {
            return "t.id > cast(:afterId as uuid)";
        }
        SortKey key = keys.get(i);
        String value = "cast(:after" + i + " as " + key.type() + ")";
        String expr = "(" + key.sql() + ")";
        return "(" + expr + (key.descending() ? " < " : " > ") + value + " or (" + expr + " = " + value + " and "
                + after(keys, i + 1) + "))";
    }
}
