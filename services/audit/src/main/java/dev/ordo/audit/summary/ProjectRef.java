package dev.ordo.audit.summary;

/** The project an event happened in, with its name at that time ({@code null} if audit never saw it). */
public record ProjectRef(String id, String name) {}
