package org.partnershipledger.core.verification;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointSignerTest {

    private static KeyPair ed25519() throws NoSuchAlgorithmException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private final Checkpoint checkpoint = new Checkpoint("ledger.example.gov.uk/sutton", 65,
            MerkleTree.sha256("root".getBytes()), Instant.parse("2011-03-31T23:59:59Z"));

    @Test
    void aSignedCheckpointIsATlogCheckpointSignedNote() throws Exception {
        CheckpointSigner signer = new CheckpointSigner("ledger.example.gov.uk", ed25519());
        String note = signer.sign(checkpoint);

        String[] lines = note.split("\n", -1);
        assertThat(lines[0]).isEqualTo("ledger.example.gov.uk/sutton");
        assertThat(lines[1]).isEqualTo("65");
        assertThat(Base64.getDecoder().decode(lines[2])).isEqualTo(checkpoint.rootHash());
        assertThat(lines[3]).isEqualTo("time 2011-03-31T23:59:59Z");
        assertThat(lines[4]).isEmpty();
        assertThat(lines[5]).startsWith("\u2014 ledger.example.gov.uk ");
        assertThat(Base64.getDecoder().decode(lines[5].split(" ")[2])).hasSize(68);
        assertThat(signer.verifierKey()).matches("ledger\\.example\\.gov\\.uk\\+[0-9a-f]{8}\\+[A-Za-z0-9+/]{44}");

        Checkpoint read = CheckpointSigner.verify(note, signer.verifierKey());
        assertThat(read.treeSize()).isEqualTo(65);
        assertThat(read.rootHash()).isEqualTo(checkpoint.rootHash());
        assertThat(read.time()).isEqualTo(checkpoint.time());
    }

    @Test
    void anAlteredNoteOrAnotherKeyDoesNotVerify() throws Exception {
        CheckpointSigner signer = new CheckpointSigner("ledger.example.gov.uk", ed25519());
        String note = signer.sign(checkpoint);
        assertThatThrownBy(() -> CheckpointSigner.verify(note.replace("\n65\n", "\n64\n"), signer.verifierKey()))
                .isInstanceOf(IllegalArgumentException.class);
        CheckpointSigner other = new CheckpointSigner("ledger.example.gov.uk", ed25519());
        assertThatThrownBy(() -> CheckpointSigner.verify(note, other.verifierKey()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifierKeysWhoseBase64HoldsAPlusAreRead() throws Exception {
        for (int i = 0; i < 40; i++) {
            CheckpointSigner signer = new CheckpointSigner("ledger", ed25519());
            assertThat(CheckpointSigner.verify(signer.sign(checkpoint), signer.verifierKey()).treeSize()).isEqualTo(65);
        }
    }
}
