package dev.ordo.notifications.delivery;

/** A transaction queued deliveries: once it commits, the worker looks at once instead of at its next poll. */
record DeliveriesQueued() {}
