package dev.ordo.tasks.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Counts the database round trips that requests make: every statement prepared or created, and every
 * commit, on a thread that is serving an HTTP request (so the outbox relay, the consumers and the jobs,
 * which run on their own threads, are not counted). A count, never a time: a test asserts an upper bound
 * so that a create or a list cannot silently grow statements.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final List<String> SEEN = new CopyOnWriteArrayList<>();

    /** Forgets what was counted so far. */
    public static void reset() {
        SEEN.clear();
    }

    /** The statements (and "commit"s) counted since {@link #reset()}, in order. */
    public static List<String> seen() {
        return List.copyOf(SEEN);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
                    return new Counting(dataSource);
                }
                return bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection target) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (RequestContextHolder.getRequestAttributes() != null) {
                    switch (method.getName()) {
                        case "prepareStatement", "prepareCall" -> SEEN.add(String.valueOf(args[0]));
                        case "createStatement" -> SEEN.add("<statement>");
                        case "commit" -> SEEN.add("commit");
                        default -> {}
                    }
                }
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
