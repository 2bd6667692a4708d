package dev.ordo.notifications.replica;

import java.util.UUID;

/** A user as notifications knows them: how they are named, where mail reaches them, their zone and language. */
public record User(UUID id, String name, String email, String timezone, String locale) {}
