package dev.ordo.identity.ratelimit;

/**
 * One counted attempt to sign in to an account from an address.
 *
 * @param fromKnownAddress the address has signed in to this account before (it is never slowed down)
 */
public record LoginAttempt(String normalisedEmail, String clientIp, boolean fromKnownAddress, Allowance allowance) {}
