package dev.ordo.notifications.live;

/**
 * A VAPID key pair for the tests only (P-256, base64url: the public key uncompressed, the private key its 32-byte
 * scalar), as {@code ./ordo up} generates one per instance.
 */
public final class TestVapid {

    public static final String PUBLIC_KEY =
            "BLeDEpL0ZG5HMhASxqcHaUs2FXsGL8n_zmYdBvMbfHexCIKlBvDag589AV7yVQSTpP8y88lUJarSJ_wAXI63Ll0";
    public static final String PRIVATE_KEY = "hBNb42V8uejvBtHxdOwpXdim_t1Zbej5OjQQGaQQFNw";

    private TestVapid() {}
}
