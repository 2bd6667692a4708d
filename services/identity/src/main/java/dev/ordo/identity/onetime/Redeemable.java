package dev.ordo.identity.onetime;

import java.util.UUID;

/** A token that is still good: whose it is and the address it was mailed to. */
public record Redeemable(UUID userId, String email) {}
