package dev.ordo.identity.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The parts of {@code ordo.identity.*} about mail and proving email ownership (beside
 * {@link IdentityProperties}, which binds the rest of the same prefix).
 *
 * @param appUrl      where the web app is; mailed links point to {@code <appUrl>/verify-email?token=…} etc.
 * @param mail        sender and delivery of identity's mails
 * @param emailTokens how long a mailed link works
 * @param mailLimits  how many mails one person or address may cause
 */
@ConfigurationProperties("ordo.identity")
public record EmailProperties(String appUrl, Mail mail, EmailTokens emailTokens, MailLimits mailLimits) {

    public EmailProperties {
        appUrl = appUrl == null ? "http://localhost:8080" : appUrl.replaceAll("/+$", "");
        mail = mail == null ? new Mail(null, null, null) : mail;
        emailTokens = emailTokens == null ? new EmailTokens(null, null, null) : emailTokens;
        mailLimits = mailLimits == null ? new MailLimits(null, null, null, null, null) : mailLimits;
    }

    /**
     * @param from          the sender, e.g. {@code Ordo <no-reply@ordo.local>}
     * @param relayInterval how often waiting mails are retried (a new mail is sent at once after its commit)
     * @param giveUpAfter   a mail the SMTP server has not accepted by then is dropped (its links have expired)
     */
    public record Mail(String from, Duration relayInterval, Duration giveUpAfter) {
        public Mail {
            from = from == null ? "Ordo <no-reply@ordo.local>" : from;
            relayInterval = relayInterval == null ? Duration.ofSeconds(10) : relayInterval;
            giveUpAfter = giveUpAfter == null ? Duration.ofHours(24) : giveUpAfter;
        }
    }

    /**
     * @param verificationTtl  a verify-email link
     * @param passwordResetTtl a reset-password link
     * @param emailChangeTtl   a confirm-email link (sent to the new address)
     */
    public record EmailTokens(Duration verificationTtl, Duration passwordResetTtl, Duration emailChangeTtl) {
        public EmailTokens {
            verificationTtl = verificationTtl == null ? Duration.ofHours(24) : verificationTtl;
            passwordResetTtl = passwordResetTtl == null ? Duration.ofHours(1) : passwordResetTtl;
            emailChangeTtl = emailChangeTtl == null ? Duration.ofHours(24) : emailChangeTtl;
        }
    }

    /**
     * Counts per {@code window}: verification mails one account may ask for again, email changes one
     * account may ask for, reset mails per address asked about, and reset requests per client address.
     */
    public record MailLimits(
            Integer resendVerification,
            Integer emailChange,
            Integer passwordResetPerEmail,
            Integer passwordResetPerClient,
            Duration window) {
        public MailLimits {
            emailChange = emailChange == null ? 5 : emailChange;
            resendVerification = resendVerification == null ? 3 : resendVerification;
            passwordResetPerEmail = passwordResetPerEmail == null ? 3 : passwordResetPerEmail;
            passwordResetPerClient = passwordResetPerClient == null ? 10 : passwordResetPerClient;
            window = window == null ? Duration.ofHours(1) : window;
        }
    }
}
