package dev.ordo.identity.mail;

/** One mail to one person, with the same message as plain text and as (escaped, simple) HTML. */
public record Mail(String to, String subject, String text, String html) {

    @Override
    public String toString() {
        // the body may carry a one-time link
        return "Mail[to=" + to + ", subject=" + subject + "]";
    }
}
