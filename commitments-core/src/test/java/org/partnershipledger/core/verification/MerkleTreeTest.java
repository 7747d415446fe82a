package org.partnershipledger.core.verification;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    /** The leaves of the RFC 6962 reference test data (certificate-transparency's Merkle tree tests). */
    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static List<byte[]> referenceLeaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leafHash(HEX.parseHex(LEAVES[i])));
        }
        return leaves;
    }

    @Test
    void theRfc6962ReferenceRootsAreReproduced() {
        assertThat(HEX.formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int n = 1; n <= LEAVES.length; n++) {
            assertThat(HEX.formatHex(MerkleTree.root(referenceLeaves(n)))).as("root of %d leaves", n)
                    .isEqualTo(ROOTS[n - 1]);
        }
    }

    @Test
    void theRfc6962ReferenceProofsAreReproduced() {
        List<byte[]> eight = referenceLeaves(8);
        assertThat(MerkleTree.inclusionProof(eight, 0)).extracting(HEX::formatHex).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(MerkleTree.consistencyProof(eight, 1)).extracting(HEX::formatHex).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(MerkleTree.consistencyProof(eight, 6)).extracting(HEX::formatHex).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @Test
    void proofsOfRandomLeavesAndSizesVerifyWithAnIndependentImplementation() {
        Random random = new Random(6962);
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] data = new byte[random.nextInt(40)];
            random.nextBytes(data);
            leaves.add(MerkleTree.leafHash(data));
        }
        for (int trial = 0; trial < 400; trial++) {
            int size = 1 + random.nextInt(leaves.size());
            List<byte[]> tree = leaves.subList(0, size);
            byte[] root = MerkleTree.root(tree);
            assertThat(IndependentMerkle.root(tree)).isEqualTo(root);

            int index = random.nextInt(size);
            List<byte[]> path = MerkleTree.inclusionProof(tree, index);
            assertThat(MerkleTree.verifyInclusion(tree.get(index), index, size, path, root)).isTrue();
            assertThat(IndependentMerkle.rootFromPath(tree.get(index), index, size, path)).isEqualTo(root);

            int older = 1 + random.nextInt(size);
            List<byte[]> consistency = MerkleTree.consistencyProof(tree, older);
            assertThat(MerkleTree.verifyConsistency(older, size, MerkleTree.root(tree.subList(0, older)), root,
                    consistency)).as("consistency %d → %d", older, size).isTrue();
        }
    }

    @Test
    void tamperedProofsAndWrongRootsDoNotVerify() {
        List<byte[]> tree = referenceLeaves(7);
        byte[] root = MerkleTree.root(tree);
        List<byte[]> path = MerkleTree.inclusionProof(tree, 3);
        assertThat(MerkleTree.verifyInclusion(tree.get(3), 2, 7, path, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(tree.get(4), 3, 7, path, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(tree.get(3), 3, 4, path, root)).isFalse();
        List<byte[]> broken = new ArrayList<>(path);
        broken.set(1, MerkleTree.leafHash(new byte[]{1}));
        assertThat(MerkleTree.verifyInclusion(tree.get(3), 3, 7, broken, root)).isFalse();

        List<byte[]> consistency = MerkleTree.consistencyProof(tree, 4);
        byte[] root4 = MerkleTree.root(tree.subList(0, 4));
        assertThat(MerkleTree.verifyConsistency(4, 7, root4, root, consistency)).isTrue();
        assertThat(MerkleTree.verifyConsistency(4, 7, root, root4, consistency)).isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 7, root4, root, consistency)).isFalse();
    }

    /**
     * A second, differently built implementation for cross-checking: the root by pairing levels bottom-up (an odd
     * node is carried up, which RFC 6962's split at powers of two amounts to), and the root recomputed from an audit
     * path by rebuilding the split recursion.
     */
    static final class IndependentMerkle {

        static byte[] root(List<byte[]> leaves) {
            List<byte[]> level = new ArrayList<>(leaves);
            while (level.size() > 1) {
                List<byte[]> up = new ArrayList<>();
                for (int i = 0; i < level.size(); i += 2) {
                    up.add(i + 1 < level.size() ? MerkleTree.nodeHash(level.get(i), level.get(i + 1)) : level.get(i));
                }
                level = up;
            }
            return level.get(0);
        }

        static byte[] rootFromPath(byte[] leaf, int index, int size, List<byte[]> path) {
            return climb(leaf, index, size, path, path.size() - 1);
        }

        private static byte[] climb(byte[] leaf, int index, int size, List<byte[]> path, int top) {
            if (size == 1) {
                return leaf;
            }
            int k = Integer.highestOneBit(size - 1);
            if (index < k) {
                return MerkleTree.nodeHash(climb(leaf, index, k, path, top - 1), path.get(top));
            }
            return MerkleTree.nodeHash(path.get(top), climb(leaf, index - k, size - k, path, top - 1));
        }
    }
}
