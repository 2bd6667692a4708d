package dev.ordo.comments.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the mentions in a comment's Markdown, written {@code @[Display name](user:<uuid>)} as the web app's
 * autocomplete inserts them. The display name is what the writer saw then; the answer shows the user's current
 * name. Anything else that looks like a link (a malformed id, another scheme) is plain text, not a mention.
 */
public final class Mentions {

    // The name: any characters but brackets and line breaks; the id: a UUID in any case.
    private static final Pattern MENTION = Pattern.compile(
            "@\\[([^\\[\\]\\r\\n]{1,200})]\\(user:([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\)");

    private final List<Mention> mentions;

    private Mentions(List<Mention> mentions) {
        this.mentions = mentions;
    }

    /** The mentions of {@code text}, each user once (with the name of their first mention), in order of first mention. */
    public static Mentions in(String text) {
        Map<UUID, Mention> firsts = new LinkedHashMap<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            UUID user = UUID.fromString(m.group(2));
            firsts.putIfAbsent(user, new Mention(user, m.group(1).strip()));
        }
        return new Mentions(List.copyOf(firsts.values()));
    }

    public List<Mention> all() {
        return mentions;
    }

    /** The mentioned users, each once, in order of first mention (what {@code comment.mentions} holds). */
    public List<UUID> users() {
        return mentions.stream().map(Mention::userId).toList();
    }

    /** The users mentioned here and not in {@code before}: an edit tells only them. */
    public List<UUID> newSince(List<UUID> before) {
        List<UUID> fresh = new ArrayList<>(users());
        fresh.removeAll(before);
        return List.copyOf(fresh);
    }

    /** The name the text gives the user, for a user the replica does not know (yet). */
    public String displayName(UUID user) {
        return mentions.stream()
                .filter(m -> m.userId().equals(user))
                .map(Mention::displayName)
                .findFirst()
                .orElse("");
    }
}
