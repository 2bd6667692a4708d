package dev.ordo.audit.recording;

import dev.ordo.platform.events.EventSubscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Audit reads every Ordo event topic, present and future (a catch-all subscription: a topic a new service
 * creates is picked up at the next metadata refresh, with no change here; dead-letter topics are not event
 * topics). The platform decodes each message once and hands audit each poll's new events as a batch, recorded
 * in one transaction with their marks (ADR 0025); a message that is no event goes to
 * {@code <topic>.audit.dlt} and the next one is read; any other failure (the database away) is retried until
 * it works, so no event is lost to an outage.
 */
@Configuration(proxyBeanMethods = false)
class AuditSubscriptions {

    @Bean
    EventSubscriptions everyEvent(AuditRecorder recorder) {
        return new EventSubscriptions().onAnyInBatches(recorder::recordAll);
    }
}
