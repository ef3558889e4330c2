package io.github.gongkai.internal.parsers.pdf;

/** Disjoint sets over 0..n-1; the representative of a set is its smallest member. */
final class UnionFind {
    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two sets; returns whether they were apart. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        return true;
    }

    int size() {
        return parent.length;
    }
}
