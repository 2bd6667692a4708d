package dev.ordo.notifications.live;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * The live stream: streams held by this replica ({@link LocalStreams}), told through one Redis pub/sub channel
 * ({@link FanOut}) what any replica logged for their users, and the resume log pruned every few minutes.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    /**
     * One channel for all users; its name carries the Redis database, since pub/sub ignores databases and two
     * instances of Ordo (or a test run beside {@code ./ordo up}) may share one Redis.
     */
    @Bean
    FanOut liveFanOut(
            StringRedisTemplate redis,
            LiveProperties properties,
            @Value("${spring.data.redis.database:0}") int database) {
        return new FanOut(redis, "ordo:notifications:live:" + database, properties);
    }

    @Bean
    LocalStreams localStreams(StreamLog streamLog, InboxView inbox, FanOut fanOut, LiveProperties properties) {
        return new LocalStreams(streamLog, inbox, fanOut, properties);
    }

    @Bean
    RedisMessageListenerContainer liveStreamMessages(
            RedisConnectionFactory connections, FanOut fanOut, LocalStreams streams) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setTaskExecutor(new VirtualThreadTaskExecutor("live-messages-"));
        container.addMessageListener(
                (message, pattern) -> streams.onMessage(new String(message.getBody(), StandardCharsets.UTF_8)),
                new ChannelTopic(fanOut.channel()));
        return container;
    }

    @Bean
    RecurringTask<Void> liveStreamLogPruning(StreamLog streamLog, LiveProperties properties) {
        return Tasks.recurring("live-stream-log-pruning", Schedules.fixedDelay(Duration.ofMinutes(5)))
                .execute((instance, context) -> streamLog.prune(Instant.now().minus(properties.retention())));
    }
}
