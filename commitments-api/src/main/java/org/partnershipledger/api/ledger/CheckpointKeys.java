package org.partnershipledger.api.ledger;

import org.partnershipledger.api.config.LedgerProperties;
import org.partnershipledger.core.verification.CheckpointSigner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key that signs checkpoints: {@value #PRIVATE} (PKCS#8, base64, readable by its owner only) and
 * {@value #PUBLIC} (X.509, base64) in {@code ledger.checkpoints.key-directory} — the data directory unless set.
 * Made on first start when absent. Several nodes must share one key directory (a mounted secret).
 */
@Component
class CheckpointKeys {

    static final String PRIVATE = "checkpoint-signing-key";
    static final String PUBLIC = "checkpoint-signing-key.pub";

    private final CheckpointSigner signer;

    CheckpointKeys(LedgerProperties ledger, @Value("${ledger.checkpoints.key-directory:}") String keyDirectory,
                   @Value("${ledger.checkpoints.key-name:partnership-ledger}") String keyName) {
        Path directory = keyDirectory.isBlank() ? ledger.dataDirectory() : Path.of(keyDirectory);
        this.signer = new CheckpointSigner(keyName, load(directory));
    }

    CheckpointSigner signer() {
        return signer;
    }

    private static KeyPair load(Path directory) {
        Path privateFile = directory.resolve(PRIVATE);
        Path publicFile = directory.resolve(PUBLIC);
        try {
            KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
            if (!Files.exists(privateFile)) {
                KeyPair fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.createDirectories(directory);
                Files.writeString(privateFile, Base64.getEncoder().encodeToString(fresh.getPrivate().getEncoded()));
                try {
                    Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // the directory's own protection applies
                }
                Files.writeString(publicFile, Base64.getEncoder().encodeToString(fresh.getPublic().getEncoded()));
            }
            return new KeyPair(
                    ed25519.generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                            .decode(Files.readString(publicFile).strip()))),
                    ed25519.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                            .decode(Files.readString(privateFile).strip()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the checkpoint signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the checkpoint signing key in " + directory + " is not Ed25519", e);
        }
    }
}
