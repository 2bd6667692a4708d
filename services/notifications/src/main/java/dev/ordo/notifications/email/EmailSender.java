package dev.ordo.notifications.email;

import dev.ordo.notifications.delivery.ChannelSender;
import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.delivery.DeliveryFailure;
import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.language.Languages;
import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.User;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Email deliveries over SMTP ({@code spring.mail.*}): the notification's sentence as the subject, a plain-text and
 * an HTML part from the type's templates, all in the recipient's language (their locale's, else English) and zone,
 * and RFC 8058 one-click unsubscribe headers whose link turns this type's email off for the recipient.
 */
@Component
class EmailSender implements ChannelSender {

    static final String UNSUBSCRIBE_PATH = "/api/v1/notifications/unsubscribe";

    private final JavaMailSender mail;
    private final Replicas replicas;
    private final MailContent content;
    private final UnsubscribeTokens tokens;
    private final EmailProperties properties;

    EmailSender(
            JavaMailSender mail,
            Replicas replicas,
            MailContent content,
            UnsubscribeTokens tokens,
            EmailProperties properties) {
        this.mail = mail;
        this.replicas = replicas;
        this.content = content;
        this.tokens = tokens;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws DeliveryFailure {
        User user = replicas.user(delivery.recipient())
                .orElseThrow(() -> new DeliveryFailure("the recipient is not known (no user event)", true, null));
        if (user.email().isBlank()) {
            throw new DeliveryFailure("the recipient has no email address", true, null);
        }
        String unsubscribe =
                properties.base() + UNSUBSCRIBE_PATH + "?token=" + tokens.sign(delivery.recipient(), delivery.type());
        Map<String, String> values = content.values(delivery, user, unsubscribe);
        String language = Languages.of(user.locale());
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(user.email());
            helper.setSubject(values.get("subject"));
            helper.setText(
                    content.templates().text(language, delivery.type(), values),
                    content.templates().html(language, delivery.type(), values));
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            // the delivery it is: a resend after a crash is recognisably the same mail
            message.setHeader("X-Ordo-Delivery", delivery.deliveryId().toString());
            mail.send(message);
        } catch (MailParseException e) {
            throw new DeliveryFailure("the mail cannot be written: " + e.getMessage(), true, e);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailure("the SMTP server did not take the mail: " + e.getMessage(), false, e);
        }
    }
}
