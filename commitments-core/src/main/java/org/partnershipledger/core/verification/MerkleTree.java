package org.partnershipledger.core.verification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 6962 §2.1 (Certificate Transparency), over a list of leaf hashes: a leaf is
 * SHA-256(0x00 ‖ data), an interior node SHA-256(0x01 ‖ left ‖ right), and a tree of n leaves splits at the largest
 * power of two smaller than n. Proofs are built as §2.1.1 and §2.1.2 say and checked as RFC 9162 §2.1.3.2 and
 * §2.1.4.2 say, so any RFC 6962 implementation can check what this one produces.
 */
public final class MerkleTree {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        return sha256(new byte[]{LEAF}, data);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[]{NODE}, left, right);
    }

    /** MTH(D[n]): the root of the tree over these leaf hashes; SHA-256 of nothing for no leaves. */
    public static byte[] root(List<byte[]> leaves) {
        return leaves.isEmpty() ? sha256() : root(leaves, 0, leaves.size());
    }

    /** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of these leaves, from the leaf up. */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + leaves.size());
        }
        List<byte[]> path = new ArrayList<>();
        path(leaves, index, 0, leaves.size(), path);
        return path;
    }

    /** PROOF(m, D[n]): proves the tree of the first {@code size} leaves is a prefix of the tree of all of them. */
    public static List<byte[]> consistencyProof(List<byte[]> leaves, int size) {
        if (size < 1 || size > leaves.size()) {
            throw new IllegalArgumentException("no consistency proof from size " + size + " to " + leaves.size());
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leaves, size, 0, leaves.size(), true, proof);
        return proof;
    }

    /** RFC 9162 §2.1.3.2: whether the leaf hash sits at {@code index} of the tree of {@code size} with this root. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2: whether the tree of {@code size2} with {@code root2} extends that of {@code size1}. */
    public static boolean verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
        if (size1 < 1 || size1 > size2) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && Arrays.equals(root1, root2);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(size1) == 1) {
            path.add(0, root1);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, root1) && Arrays.equals(sr, root2);
    }

    private static byte[] root(List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = split(to - from);
        return nodeHash(root(leaves, from, from + k), root(leaves, from + k, to));
    }

    private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(root(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(root(leaves, from, from + k));
        }
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean complete, List<byte[]> out) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(root(leaves, from, to));
            }
            return;
        }
        int k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, complete, out);
            out.add(root(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(root(leaves, from, from + k));
        }
    }

    /** The largest power of two smaller than n (n ≥ 2). */
    private static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
