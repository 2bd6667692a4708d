-- The private half of each signing key, sealed with the key-encryption key (AES-256-GCM, see
-- key.KeySealer): [KEK id][IV][ciphertext + tag]. From now on jwk holds only the public half. Rows written
-- before this migration still hold the private half in jwk; identity seals them at startup
-- (SigningKeys.sealPlaintextKeys), before it signs or verifies anything.
alter table signing_key add column private_jwk bytea;
