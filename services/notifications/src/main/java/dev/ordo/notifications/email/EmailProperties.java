package dev.ordo.notifications.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ordo.notifications.*} for mails.
 *
 * @param appBaseUrl         where the web app is (links to a task, the settings, the unsubscribe endpoint)
 * @param unsubscribeSecret  the HMAC key of unsubscribe tokens; the default is for development only
 * @param mailFrom           the sender of notification mails
 */
@ConfigurationProperties("ordo.notifications")
public record EmailProperties(
        @DefaultValue("http://localhost:8080") String appBaseUrl,

        @DefaultValue("dev-only-unsubscribe-secret-change-me")
        String unsubscribeSecret,

        @DefaultValue("Ordo <notifications@ordo.localhost>") String mailFrom) {

    /** The base URL without a trailing slash. */
    String base() {
        return appBaseUrl.endsWith("/") ? appBaseUrl.substring(0, appBaseUrl.length() - 1) : appBaseUrl;
    }
}
