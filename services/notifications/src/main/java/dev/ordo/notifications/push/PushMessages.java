package dev.ordo.notifications.push;

import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.language.Languages;
import dev.ordo.notifications.language.Texts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a push shows: {@code {title, body, url, notificationId}}, read by the web app's service worker (title and
 * body for the system notification, url to open on a click). The body is the bundle's {@code push.<type>} in the
 * recipient's language. Short: push services take about 4 kB.
 */
final class PushMessages {

    private static final int MAX_TITLE = 120;

    private PushMessages() {}

    /** The message for {@code d} in {@code language} (one of {@link Languages#SUPPORTED}). */
    static Map<String, Object> of(Delivery d, Texts texts, String language) {
        String actor =
                d.actorName() == null || d.actorName().isBlank() ? texts.get(language, "someone") : d.actorName();
        String body = texts.get(language, NotificationTypes.known(d.type()) ? "push." + d.type() : "push.other", actor);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", shorten(d.subject().title()));
        m.put("body", body);
        m.put("url", url(d));
        m.put("notificationId", d.notificationId().toString());
        return m;
    }

    /** Where a click takes the user in the web app. */
    private static String url(Delivery d) {
        String given = d.details().get("url");
        if (given != null && given.startsWith("/")) {
            return given;
        }
        return switch (d.subject().type()) {
            case "invitation" -> "/invitations";
            case "project" -> "/projects/" + d.subject().id();
            default -> {
                String project = d.details().get("projectId");
                String page = project == null ? "/inbox" : "/projects/" + project;
                // the web app opens a task's detail over any page from ?task=
                yield "task".equals(d.subject().type())
                        ? page + "?task=" + d.subject().id()
                        : page;
            }
        };
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }
}
