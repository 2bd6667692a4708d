package dev.ordo.platform.servicetable;

/**
 * A gateway route: requests whose path matches {@code pattern} go to {@code service}.
 *
 * @param order  lower is tried first; a pattern is tried before every pattern that covers it
 */
public record Route(String service, String pattern, int order) {}
