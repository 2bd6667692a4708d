package dev.ordo.testsupport;

/**
 * The machine's Redis, as tests use it: database 1 (a running {@code ./ordo up} uses database 0), so
 * tests may flush their own database without disturbing anything else.
 */
public final class TestRedis {

    public static final String HOST = System.getenv().getOrDefault("ORDO_TEST_REDIS_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("ORDO_TEST_REDIS_PORT", "6379"));
    /** 1 unless ORDO_TEST_REDIS_DB says otherwise (two test runs at once on one machine each take their own). */
    public static final int DATABASE = Integer.parseInt(System.getenv().getOrDefault("ORDO_TEST_REDIS_DB", "1"));

    private TestRedis() {}

    /** Empties one Redis database (never database 0, which a running {@code ./ordo up} uses). */
    public static void flush(int database) {
        if (database == 0) {
            throw new IllegalArgumentException("database 0 belongs to ./ordo up");
        }
        try (java.net.Socket socket = new java.net.Socket(HOST, PORT)) {
            socket.setSoTimeout(5_000);
            var out = socket.getOutputStream();
            out.write(("SELECT " + database + "\r\nFLUSHDB\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            var in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            for (int i = 0; i < 2; i++) {
                String reply = in.readLine();
                if (reply == null || !reply.startsWith("+OK")) {
                    throw new IllegalStateException("Redis answered " + reply);
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Redis at " + HOST + ":" + PORT + " is needed for the tests", e);
        }
    }
}
