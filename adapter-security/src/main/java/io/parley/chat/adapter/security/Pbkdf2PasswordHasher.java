package io.parley.chat.adapter.security;

import io.parley.chat.application.port.out.PasswordHasherPort;
import io.parley.chat.domain.user.Password;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a random 16-byte salt per hash, stored as
 * {@code pbkdf2-sha256$<iterations>$<base64 salt>$<base64 hash>} (API.md j.2). Also recognises the seed's unsalted
 * SHA-256 hex digests and hashes made with fewer iterations, and asks for those to be replaced once they match.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasherPort {
    /** OWASP Password Storage Cheat Sheet (2023) figure for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    static final String PREFIX = "pbkdf2-sha256";

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Bounds the work a corrupt or hostile stored hash can ask for. */
    private static final int MAX_ITERATIONS = 100_000_000;
    private static final Pattern LEGACY_SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ITERATIONS = Pattern.compile("[1-9][0-9]{0,8}");

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be 1 to " + MAX_ITERATIONS + ": " + iterations);
        }
        this.iterations = iterations;
        try {
            SecretKeyFactory.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK lacks " + ALGORITHM, e);
        }
    }

    @Override
    public String hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations, HASH_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + '$' + iterations + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(hash);
    }

    @Override
    public Check verify(Password password, String storedHash) {
        if (storedHash == null) {
            return Check.MISMATCH;
        }
        if (LEGACY_SHA256.matcher(storedHash).matches()) {
            return verifyLegacy(password, storedHash);
        }
        if (storedHash.startsWith(PREFIX + '$')) {
            return verifyPbkdf2(password, storedHash);
        }
        return Check.MISMATCH;
    }

    /** The seed stored {@code sha256(password)} in hex, unsalted. */
    private static Check verifyLegacy(Password password, String storedHash) {
        byte[] expected = HexFormat.of().parseHex(storedHash);
        byte[] actual = sha256(password.reveal().getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected, actual) ? Check.MATCH_NEEDS_REHASH : Check.MISMATCH;
    }

    private Check verifyPbkdf2(Password password, String storedHash) {
        String[] parts = storedHash.split("\\$", -1);
        if (parts.length != 4 || !ITERATIONS.matcher(parts[1]).matches()) {
            return Check.MISMATCH;
        }
        int storedIterations = Integer.parseInt(parts[1]);
        byte[] salt;
        byte[] expected;
        try {
            salt = Base64.getDecoder().decode(parts[2]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException notBase64) {
            return Check.MISMATCH;
        }
        if (storedIterations > MAX_ITERATIONS || salt.length == 0 || expected.length == 0
                || expected.length > 2 * HASH_BYTES) {
            return Check.MISMATCH;
        }
        byte[] actual = pbkdf2(password, salt, storedIterations, expected.length);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Check.MISMATCH;
        }
        boolean current = storedIterations >= iterations && salt.length >= SALT_BYTES && expected.length == HASH_BYTES;
        return current ? Check.MATCH : Check.MATCH_NEEDS_REHASH;
    }

    private static byte[] pbkdf2(Password password, byte[] salt, int iterations, int length) {
        char[] chars = password.reveal().toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, length * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // the algorithm was found at construction; failing now means the JCA setup changed under us
            throw new IllegalStateException(ALGORITHM + " failed", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
