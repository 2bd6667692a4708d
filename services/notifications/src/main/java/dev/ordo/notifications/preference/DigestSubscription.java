package dev.ordo.notifications.preference;

import java.time.LocalTime;
import java.util.UUID;

/** Someone who wants the daily digest at {@code time}, in their own zone. */
public record DigestSubscription(UUID user, LocalTime time) {}
