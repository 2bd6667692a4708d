package dev.ordo.notifications.email;

import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.replica.User;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The values a mail's templates fill in: names, titles, links, and times in the recipient's zone and language. */
@Component
class MailContent {

    private final MailTemplates templates = new MailTemplates();
    private final EmailProperties properties;

    MailContent(EmailProperties properties) {
        this.properties = properties;
    }

    MailTemplates templates() {
        return templates;
    }

    Map<String, String> values(Delivery delivery, User user, String unsubscribe) {
        String language = MailTemplates.language(user.locale());
        Locale locale = Locale.forLanguageTag(language);
        ZoneId zone = zone(user.timezone());
        Map<String, String> details = delivery.details();
        Map<String, String> v = new HashMap<>();
        v.put("lang", language);
        v.put("recipient", user.name().isBlank() ? "there" : user.name());
        v.put("actor", delivery.actorName() == null ? "Someone" : delivery.actorName());
        v.put("title", delivery.subject().title());
        v.put("project", details.getOrDefault("projectName", "a shared project"));
        v.put("excerpt", details.getOrDefault("excerpt", ""));
        v.put("settings", properties.base() + "/settings");
        v.put("unsubscribe", unsubscribe);
        v.put("due", due(details, zone, locale));
        v.put("link", link(delivery));
        v.put("linkLabel", linkLabel(delivery.type()));
        if (NotificationTypes.DIGEST.equals(delivery.type())) {
            digest(v, details, locale);
        }
        return v;
    }

    private String link(Delivery d) {
        String base = properties.base();
        String project = d.details().get("projectId");
        String task = "task".equals(d.subject().type())
                ? d.subject().id().toString()
                : d.details().get("taskId");
        return switch (d.subject().type()) {
            case "invitation" ->
                NotificationTypes.INVITATION_RECEIVED.equals(d.type())
                        ? base + "/invitations"
                        : base + "/projects/" + project + "/members";
            case "project" -> base + "/projects/" + d.subject().id();
            default ->
                NotificationTypes.DIGEST.equals(d.type())
                        ? base + "/today"
                        : project == null ? base + "/today" : base + "/projects/" + project + "?task=" + task;
        };
    }

    private static String linkLabel(String type) {
        return switch (type) {
            case NotificationTypes.INVITATION_RECEIVED -> "See the invitation";
            case NotificationTypes.INVITATION_ACCEPTED, NotificationTypes.INVITATION_REJECTED -> "See the members";
            case NotificationTypes.DIGEST -> "Open today";
            default -> "Open the task";
        };
    }

    /** " Due Tuesday, 3 March 2026, 09:00 (Europe/Berlin)." from the details' dueAt, or the date alone. */
    private static String due(Map<String, String> details, ZoneId zone, Locale locale) {
        try {
            if (details.containsKey("dueAt")) {
                return " Due "
                        + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                                .withLocale(locale)
                                .withZone(zone)
                                .format(Instant.parse(details.get("dueAt")))
                        + " (" + zone.getId() + ").";
            }
            if (details.containsKey("dueDate")) {
                return " Due "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                .withLocale(locale)
                                .format(LocalDate.parse(details.get("dueDate")))
                        + ".";
            }
        } catch (DateTimeException e) {
            return "";
        }
        return "";
    }

    /** The digest's list: details "tasks" holds one "yyyy-MM-dd<TAB>title" line per task, earliest due first. */
    private static void digest(Map<String, String> v, Map<String, String> details, Locale locale) {
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        LocalDate today = LocalDate.parse(
                details.getOrDefault("day", LocalDate.now(ZoneOffset.UTC).toString()));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (String line : details.getOrDefault("tasks", "").split("\n")) {
            String[] parts = line.split("\t", 2);
            if (parts.length != 2) {
                continue;
            }
            LocalDate due = LocalDate.parse(parts[0]);
            String when = due.isBefore(today) ? "overdue since " + date.format(due) : "today";
            text.append("- ").append(parts[1]).append(" (").append(when).append(")\n");
            html.append("<li>")
                    .append(HtmlUtils.htmlEscape(parts[1]))
                    .append(" <span style=\"color: #808080;\">(")
                    .append(HtmlUtils.htmlEscape(when))
                    .append(")</span></li>");
        }
        v.put(
                "day",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(today));
        v.put("tasks", text.toString().stripTrailing());
        v.put("tasksHtml", html.toString());
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
