package dev.ordo.platform.memberships;

import dev.ordo.platform.events.EventSubscriptions;
import dev.ordo.platform.events.ReplayableReadModel;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service with this module on its classpath keeps the memberships replica (the tables come from the
 * platform's migration {@code V4__memberships_replica.sql}) from {@code ordo.projects.project} in its own
 * consumer group, and asks {@link ProjectMemberships} who may read and write. {@code ordo.memberships.enabled=false}
 * turns it off (a service with a replica of its own, as tasks has).
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration"
        },
        beforeName = "dev.ordo.platform.outbox.OutboxAutoConfiguration")
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "ordo.memberships", name = "enabled", matchIfMissing = true)
public class MembershipsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProjectMemberships projectMemberships(JdbcClient jdbc) {
        return new ProjectMemberships(jdbc);
    }

    @Bean
    MembershipReplica ordoMembershipReplica(JdbcClient jdbc) {
        return new MembershipReplica(jdbc);
    }

    /** Project and member events, in the service's consumer group (the platform's listeners pick this up). */
    @Bean
    EventSubscriptions ordoMembershipEvents(MembershipReplica replica, ObjectProvider<MembershipChanges> changes) {
        return new MembershipEvents(replica, changes).subscriptions();
    }

    /** For {@code POST /actuator/replay}: the replica emptied, then rebuilt; the tombstones stay. */
    @Bean
    ReplayableReadModel ordoMembershipsReplica(MembershipReplica replica) {
        return new ReplayableReadModel() {
            @Override
            public String name() {
                return "memberships-replica";
            }

            @Override
            public void reset() {
                replica.reset();
            }
        };
    }
}
