package dev.ordo.notifications.preference;

import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.platform.problems.InvalidInput;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces a user's preferences through the API (each user only their own). */
@Service
class PreferencesService {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final int MAX_REMINDER_MINUTES = 40320;

    private final PreferenceStore store;
    private final NotificationPreferences preferences;

    PreferencesService(PreferenceStore store, NotificationPreferences preferences) {
        this.store = store;
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    public PreferencesResponse get(UUID me) {
        Map<String, Map<String, Boolean>> types = new LinkedHashMap<>();
        for (String type : NotificationTypes.ALL) {
            Set<Channel> on = preferences.channels(me, type);
            Map<String, Boolean> channels = new LinkedHashMap<>();
            for (Channel channel : Channel.values()) {
                channels.put(channel.wire(), on.contains(channel));
            }
            types.put(type, channels);
        }
        Settings s = preferences.settings(me);
        return new PreferencesResponse(
                types,
                s.quietHours() == null
                        ? null
                        : new PreferencesResponse.QuietHoursBody(
                                s.quietHours().start().toString(),
                                s.quietHours().end().toString()),
                new PreferencesResponse.DigestBody(
                        s.digestEnabled(), s.digestTime().toString()),
                s.defaultReminderMinutes(),
                preferences.zone(me).getId());
    }

    @Transactional
    public PreferencesResponse put(UUID me, PreferencesRequest request) {
        Map<String, Map<Channel, Boolean>> chosen = checkedTypes(request.types());
        QuietHours quiet = null;
        if (request.quietHours() != null) {
            quiet = new QuietHours(
                    time("quietHours.start", request.quietHours().start()),
                    time("quietHours.end", request.quietHours().end()));
            if (quiet.start().equals(quiet.end())) {
                throw new InvalidInput("'quietHours' must end at another time than it starts.");
            }
        }
        Integer minutes = request.defaultReminderMinutes();
        if (minutes != null && (minutes < 0 || minutes > MAX_REMINDER_MINUTES)) {
            throw new InvalidInput("'defaultReminderMinutes' must be between 0 and " + MAX_REMINDER_MINUTES + ".");
        }
        Settings settings = new Settings(
                quiet,
                request.digest().enabled(),
                time("digest.time", request.digest().time()),
                minutes);
        store.putSettings(me, settings);
        for (String type : NotificationTypes.ALL) {
            Map<Channel, Boolean> given = chosen.getOrDefault(type, Map.of());
            for (Channel channel : Channel.values()) {
                store.choose(
                        me, type, channel, given.getOrDefault(channel, NotificationTypes.onByDefault(type, channel)));
            }
        }
        return get(me);
    }

    private static Map<String, Map<Channel, Boolean>> checkedTypes(Map<String, Map<String, Boolean>> types) {
        Map<String, Map<Channel, Boolean>> checked = new LinkedHashMap<>();
        types.forEach((type, channels) -> {
            if (!NotificationTypes.known(type)) {
                throw new InvalidInput("'types' has an unknown notification type '" + type + "'; known are "
                        + String.join(", ", NotificationTypes.ALL) + ".");
            }
            if (channels == null) {
                throw new InvalidInput("'types." + type + "' must be an object of channels.");
            }
            Map<Channel, Boolean> on = new LinkedHashMap<>();
            channels.forEach((wire, enabled) -> {
                Channel channel = Channel.fromWire(wire)
                        .orElseThrow(() -> new InvalidInput("'types." + type + "' has an unknown channel '" + wire
                                + "'; known are in_app, email, push."));
                if (enabled == null) {
                    throw new InvalidInput("'types." + type + "." + wire + "' must be true or false.");
                }
                on.put(channel, enabled);
            });
            checked.put(type, on);
        });
        return checked;
    }

    private static LocalTime time(String field, String value) {
        if (value == null || !TIME.matcher(value).matches()) {
            throw new InvalidInput("'" + field + "' must be a time of day as HH:mm (00:00 to 23:59).");
        }
        return LocalTime.parse(value);
    }
}
