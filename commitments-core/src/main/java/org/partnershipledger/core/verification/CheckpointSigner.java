package org.partnershipledger.core.verification;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Signs and verifies checkpoints as C2SP signed notes with Ed25519 (the JDK's own). A signed note is the checkpoint
 * body, a blank line, and a signature line {@code — <key name> <base64(key id ‖ signature)>}; the key id is the
 * first four bytes of SHA-256(key name ‖ 0x0A ‖ 0x01 ‖ public key). The public key is published as a verifier key,
 * {@code <key name>+<key id in hex>+<base64(0x01 ‖ public key)>}, the format note verifiers read.
 */
public final class CheckpointSigner {

    private static final byte ED25519 = 0x01;
    private static final String DASH = "\u2014 ";
    /** The X.509 SubjectPublicKeyInfo prefix of every Ed25519 public key; the raw 32-byte key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final String keyName;
    private final PrivateKey privateKey;
    private final byte[] publicKey;

    public CheckpointSigner(String keyName, KeyPair keys) {
        if (keyName.isBlank() || keyName.contains("+") || keyName.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a key name has no spaces or '+': " + keyName);
        }
        this.keyName = keyName;
        this.privateKey = keys.getPrivate();
        this.publicKey = raw(keys.getPublic());
    }

    public String sign(Checkpoint checkpoint) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(privateKey);
            ed25519.update(checkpoint.bodyBytes());
            byte[] signature = ed25519.sign();
            byte[] stamped = ByteBuffer.allocate(4 + signature.length).put(keyId(keyName, publicKey))
                    .put(signature).array();
            return checkpoint.body() + "\n" + DASH + keyName + " " + Base64.getEncoder().encodeToString(stamped)
                    + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public String verifierKey() {
        return verifierKey(keyName, publicKey);
    }

    /**
     * Checks a signed note against a verifier key: a signature line of that key must sign the body exactly.
     *
     * @return the checkpoint the note carries
     * @throws IllegalArgumentException when the note is malformed or carries no valid signature of that key
     */
    public static Checkpoint verify(String signedNote, String verifierKey) {
        String[] vkey = verifierKey.strip().split("\\+", 3);
        if (vkey.length != 3) {
            throw new IllegalArgumentException("not a verifier key: " + verifierKey);
        }
        byte[] keyBytes = Base64.getDecoder().decode(vkey[2]);
        if (keyBytes.length != 33 || keyBytes[0] != ED25519) {
            throw new IllegalArgumentException("not an Ed25519 verifier key");
        }
        byte[] publicKey = Arrays.copyOfRange(keyBytes, 1, 33);
        byte[] expectedId = keyId(vkey[0], publicKey);
        if (!HexFormat.of().formatHex(expectedId).equals(vkey[1])) {
            throw new IllegalArgumentException("the verifier key's id does not match its name and key");
        }
        int split = signedNote.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("not a signed note: no blank line before the signatures");
        }
        String body = signedNote.substring(0, split + 1);
        for (String line : signedNote.substring(split + 2).split("\n")) {
            if (!line.startsWith(DASH + vkey[0] + " ")) {
                continue;
            }
            byte[] stamped = Base64.getDecoder().decode(line.substring((DASH + vkey[0] + " ").length()).strip());
            if (stamped.length == 68 && Arrays.equals(Arrays.copyOf(stamped, 4), expectedId)
                    && valid(publicKey, body.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(stamped, 4, 68))) {
                return Checkpoint.parse(body);
            }
        }
        throw new IllegalArgumentException("the note carries no valid signature of " + vkey[0]);
    }

    static String verifierKey(String name, byte[] publicKey) {
        byte[] tagged = ByteBuffer.allocate(33).put(ED25519).put(publicKey).array();
        return name + "+" + HexFormat.of().formatHex(keyId(name, publicKey)) + "+"
                + Base64.getEncoder().encodeToString(tagged);
    }

    private static byte[] keyId(String name, byte[] publicKey) {
        byte[] hash = MerkleTree.sha256(name.getBytes(StandardCharsets.UTF_8), new byte[]{'\n', ED25519}, publicKey);
        return Arrays.copyOf(hash, 4);
    }

    private static boolean valid(byte[] rawPublicKey, byte[] message, byte[] signature) {
        try {
            byte[] x509 = ByteBuffer.allocate(X509_PREFIX.length + 32).put(X509_PREFIX).put(rawPublicKey).array();
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(message);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOf(encoded, X509_PREFIX.length), X509_PREFIX)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }
}
