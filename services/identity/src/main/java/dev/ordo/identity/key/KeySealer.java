package dev.ordo.identity.key;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the private half of signing keys at rest: AES-256-GCM under the key-encryption key (KEK) from
 * {@code ordo.identity.keys.encryption-key}, a fresh 96-bit IV per seal, and the key's {@code kid} as
 * associated data (a sealed key copied onto another row does not open). Layout:
 * {@code [KEK id: 1 byte][IV: 12 bytes][ciphertext + 16-byte tag]}. The KEK id says which KEK sealed a row,
 * so a later rotation can hold the old and the new KEK side by side and re-seal; today there is one, id 1.
 */
public final class KeySealer {

    public static final String PROPERTY = "ordo.identity.keys.encryption-key";
    static final byte KEK_ID = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec kek;

    private KeySealer(byte[] kek) {
        this.kek = new SecretKeySpec(kek, "AES");
    }

    /**
     * @param base64 the configured KEK: base64 of exactly 32 random bytes
     * @throws IllegalStateException saying what is wrong, when it is missing or malformed
     */
    public static KeySealer fromConfiguration(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(PROPERTY + " is not set. identity encrypts its private signing keys "
                    + "with it: give it the base64 of 32 random bytes (e.g. `openssl rand -base64 32`), the same on "
                    + "every instance, and keep it out of the database's reach.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " is not valid base64; it must be the base64 of 32 random "
                    + "bytes (e.g. `openssl rand -base64 32`).");
        }
        if (key.length != 32) {
            throw new IllegalStateException(PROPERTY + " decodes to " + key.length + " bytes; AES-256 needs exactly "
                    + "32 (e.g. `openssl rand -base64 32`).");
        }
        return new KeySealer(key);
    }

    public byte[] seal(String kid, String privateJwk) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, kid);
            byte[] sealed = cipher.doFinal(privateJwk.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
                    .put(KEK_ID)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal signing key " + kid, e);
        }
    }

    /** @throws IllegalStateException when the row was sealed by another KEK, or altered */
    public String open(String kid, byte[] sealed) {
        if (sealed.length < 1 + IV_BYTES + TAG_BITS / 8 || sealed[0] != KEK_ID) {
            throw new IllegalStateException("signing key " + kid + " was sealed with KEK id "
                    + (sealed.length == 0 ? "?" : sealed[0]) + ", not with the configured one (" + KEK_ID + ")");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(sealed, 1, 1 + IV_BYTES), kid);
            return new String(
                    cipher.doFinal(sealed, 1 + IV_BYTES, sealed.length - 1 - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "signing key " + kid + " does not open with " + PROPERTY
                            + ": another key sealed it, or the row was altered",
                    e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, kek, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public String toString() {
        return "KeySealer[kek=***]";
    }
}
