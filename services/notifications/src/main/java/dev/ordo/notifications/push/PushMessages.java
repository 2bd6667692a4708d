package dev.ordo.notifications.push;

import dev.ordo.notifications.delivery.Delivery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a push shows: {@code {title, body, url, notificationId}}, read by the web app's service worker (title and
 * body for the system notification, url to open on a click). Short: push services take about 4 kB.
 */
final class PushMessages {

    private static final int MAX_TITLE = 120;

    private PushMessages() {}

    static Map<String, Object> of(Delivery d) {
        String actor = d.actorName() == null || d.actorName().isBlank() ? "Someone" : d.actorName();
        String body = switch (d.type()) {
            case "task.assigned" -> actor + " assigned you a task";
            case "comment.mentioned" -> actor + " mentioned you in a comment";
            case "comment.added" -> actor + " commented";
            case "invitation.received" -> actor + " invited you to a project";
            case "invitation.accepted" -> actor + " accepted your invitation";
            case "invitation.rejected" -> actor + " declined your invitation";
            case "task.completed" -> actor + " completed a task";
            case "reminder" -> "Reminder";
            case "digest" -> "Your tasks for today";
            default -> "Something new in Ordo";
        };
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
