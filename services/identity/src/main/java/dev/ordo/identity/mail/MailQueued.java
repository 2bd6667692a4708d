package dev.ordo.identity.mail;

/** A mail was written to the mail outbox; once its transaction commits the relay sends it. */
record MailQueued() {}
