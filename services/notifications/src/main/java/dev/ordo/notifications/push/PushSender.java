package dev.ordo.notifications.push;

import dev.ordo.notifications.delivery.ChannelSender;
import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.delivery.DeliveryFailure;
import dev.ordo.notifications.inbox.Channel;
import dev.ordo.notifications.language.Languages;
import dev.ordo.notifications.language.Texts;
import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.util.List;
import nl.martijndwars.webpush.Notification;
import org.jose4j.lang.JoseException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push deliveries: the message ({@link PushMessages}, in the recipient's language) to every subscription of the
 * recipient, encrypted for each (RFC 8291). A subscription its push service calls gone (404, 410) is deleted. It went
 * out if one push service took it (retrying would push it again to those that did); else a failure to retry, or a
 * permanent one when the recipient has no subscription left.
 */
@Component
class PushSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(PushSender.class);

    private final PushSubscriptions subscriptions;
    private final PushProperties properties;
    private final JsonMapper json;
    private final Replicas replicas;
    private final Texts texts;
    private final @Nullable WebPushRequests requests;
    private final HttpClient http;

    PushSender(
            PushSubscriptions subscriptions, PushProperties properties, JsonMapper json, Replicas replicas, Texts texts)
            throws GeneralSecurityException {
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.json = json;
        this.replicas = replicas;
        this.texts = texts;
        if (properties.configured()) {
            this.requests = new WebPushRequests(
                    properties.vapidPublicKey(), properties.vapidPrivateKey(), properties.subject());
        } else {
            // a service without VAPID keys runs (tests of other features, a first start): push is off
            log.warn("no VAPID keys (ordo.notifications.push.vapid-public-key/-private-key): web push is off");
            this.requests = null;
        }
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public void send(Delivery delivery) throws DeliveryFailure {
        if (requests == null) {
            throw new DeliveryFailure("web push is not configured (no VAPID keys)", true, null);
        }
        List<PushSubscription> all = subscriptions.of(delivery.recipient());
        if (all.isEmpty()) {
            throw new DeliveryFailure("the recipient has no push subscription", true, null);
        }
        // in the recipient's language (their locale's, else English; a user the replica does not know: English)
        String language = Languages.of(
                replicas.user(delivery.recipient()).map(User::locale).orElse(null));
        byte[] payload = json.writeValueAsBytes(PushMessages.of(delivery, texts, language));
        int delivered = 0;
        int gone = 0;
        Exception last = null;
        for (PushSubscription s : all) {
            try {
                int status = push(s, payload, requests);
                if (status == 404 || status == 410) {
                    subscriptions.gone(s.id());
                    gone++;
                } else if (status >= 200 && status < 300) {
                    delivered++;
                } else {
                    last = new IOException("the push service answered " + status);
                }
            } catch (IOException | GeneralSecurityException | JoseException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryFailure("interrupted", false, e);
            }
        }
        if (delivered > 0) {
            if (last != null) {
                log.info(
                        "push delivery {} reached {} of {} browsers",
                        delivery.deliveryId(),
                        delivered,
                        all.size(),
                        last);
            }
            return;
        }
        if (gone == all.size()) {
            throw new DeliveryFailure("every push subscription of the recipient is gone", true, null);
        }
        throw new DeliveryFailure("no push service took it", false, last);
    }

    private int push(PushSubscription s, byte[] payload, WebPushRequests requests)
            throws IOException, GeneralSecurityException, JoseException, InterruptedException {
        Notification notification = Notification.builder()
                .endpoint(s.endpoint())
                .userPublicKey(s.p256dh())
                .userAuth(s.auth())
                .payload(payload)
                .ttl((int) properties.ttl().toSeconds())
                .build();
        nl.martijndwars.webpush.HttpRequest prepared = requests.request(notification);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(prepared.getUrl()))
                .timeout(properties.timeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(prepared.getBody()));
        prepared.getHeaders().forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
