package dev.ordo.notifications.email;

import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.language.Languages;
import dev.ordo.notifications.language.Texts;
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

/**
 * What a mail says in the recipient's language: its subject, and the values its templates fill in (names, titles,
 * links, the texts from the message bundle, dates and times in the recipient's locale and zone).
 */
@Component
class MailContent {

    private final MailTemplates templates = new MailTemplates();
    private final EmailProperties properties;
    private final Texts texts;

    MailContent(EmailProperties properties, Texts texts) {
        this.properties = properties;
        this.texts = texts;
    }

    MailTemplates templates() {
        return templates;
    }

    /** The subject: the notification's sentence, in the recipient's language. */
    String subject(Delivery delivery, String language) {
        String actor = actor(delivery, language);
        String title = delivery.subject().title();
        if (NotificationTypes.DIGEST.equals(delivery.type())) {
            int count = count(delivery.details());
            return count > 1
                    ? texts.get(language, "subject.digest.more", actor, title, count - 1)
                    : texts.get(language, "subject.digest", actor, title);
        }
        String key = NotificationTypes.known(delivery.type()) ? "subject." + delivery.type() : "subject.other";
        return texts.get(language, key, actor, title);
    }

    Map<String, String> values(Delivery delivery, User user, String unsubscribe) {
        String language = Languages.of(user.locale());
        Locale locale = Languages.formatting(user.locale());
        ZoneId zone = zone(user.timezone());
        Map<String, String> details = delivery.details();
        Map<String, String> v = new HashMap<>();
        v.put("lang", language);
        v.put("subject", subject(delivery, language));
        v.put(
                "greeting",
                user.name().isBlank()
                        ? texts.get(language, "mail.greeting.anonymous")
                        : texts.get(language, "mail.greeting", user.name()));
        v.put("actor", actor(delivery, language));
        v.put("title", delivery.subject().title());
        String project = details.get("projectName");
        v.put(
                "inProject",
                project == null || project.isBlank()
                        ? texts.get(language, "mail.project.unknown")
                        : texts.get(language, "mail.project", project));
        v.put("excerpt", details.getOrDefault("excerpt", ""));
        v.put("settings", properties.base() + "/settings");
        v.put("unsubscribe", unsubscribe);
        String due = due(details, zone, locale, language);
        v.put("due", due.isEmpty() ? "" : " " + due);
        v.put("link", link(delivery));
        v.put("linkLabel", texts.get(language, linkLabel(delivery.type())));
        if (NotificationTypes.DIGEST.equals(delivery.type())) {
            digest(v, details, locale, language);
        }
        return v;
    }

    private String actor(Delivery delivery, String language) {
        String name = delivery.actorName();
        return name == null || name.isBlank() ? texts.get(language, "someone") : name;
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

    /** The message key of the button's label. */
    private static String linkLabel(String type) {
        return switch (type) {
            case NotificationTypes.INVITATION_RECEIVED -> "mail.link.invitation";
            case NotificationTypes.INVITATION_ACCEPTED, NotificationTypes.INVITATION_REJECTED -> "mail.link.members";
            case NotificationTypes.DIGEST -> "mail.link.today";
            default -> "mail.link.task";
        };
    }

    /**
     * "Due Tuesday, March 3, 2026, 9:00 AM (Europe/Berlin)." ("Fällig: Dienstag, 3. März 2026, 09:00 (…)."): the
     * details' dueAt in the recipient's zone, or the dueDate alone; empty without either.
     */
    private String due(Map<String, String> details, ZoneId zone, Locale locale, String language) {
        try {
            if (details.containsKey("dueAt")) {
                String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(Instant.parse(details.get("dueAt")));
                return texts.get(language, "mail.due.at", when, zone.getId());
            }
            if (details.containsKey("dueDate")) {
                String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                        .withLocale(locale)
                        .format(LocalDate.parse(details.get("dueDate")));
                return texts.get(language, "mail.due.date", day);
            }
        } catch (DateTimeException e) {
            return "";
        }
        return "";
    }

    /** The digest's list: details "tasks" holds one "yyyy-MM-dd<TAB>title" line per task, earliest due first. */
    private void digest(Map<String, String> v, Map<String, String> details, Locale locale, String language) {
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
            String when = due.isBefore(today)
                    ? texts.get(language, "digest.overdue", date.format(due))
                    : texts.get(language, "digest.today");
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

    private static int count(Map<String, String> details) {
        try {
            return Integer.parseInt(details.getOrDefault("count", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
