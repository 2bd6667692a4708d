package dev.ordo.audit.summary;

/** Who caused an event: a user id and their name then ({@code null} if audit never saw it). */
public record Actor(String id, String name) {}
