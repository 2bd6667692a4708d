package dev.ordo.testsupport;

/**
 * The machine's Redis, as tests use it: database 1 (a running {@code ./ordo up} uses database 0), so
 * tests may flush their own database without disturbing anything else.
 */
public final class TestRedis {

    public static final String HOST = System.getenv().getOrDefault("ORDO_TEST_REDIS_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("ORDO_TEST_REDIS_PORT", "6379"));
    public static final int DATABASE = 1;

    private TestRedis() {
    }
}
