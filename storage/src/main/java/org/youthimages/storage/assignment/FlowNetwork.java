package org.youthimages.storage.assignment;

import java.util.Arrays;

/** Dinic's maximum flow on integer capacities, in flat arrays (a round can have hundreds of thousands of pairs). */
final class FlowNetwork {

    private final int nodes;
    private int[] head;
    private int[] next = new int[1024];
    private int[] to = new int[1024];
    private int[] capacity = new int[1024];
    private int edges;
    private int[] level;
    private int[] cursor;

    FlowNetwork(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge and its residual twin; returns the edge's index. */
    int addEdge(int from, int target, int cap) {
        int index = edges;
        append(from, target, cap);
        append(target, from, 0);
        return index;
    }

    void raiseCapacity(int edge, int by) {
        capacity[edge] += by;
    }

    /** Flow through an edge, read from its residual twin. */
    int flow(int edge) {
        return capacity[edge ^ 1];
    }

    long maxFlow(int source, int sink) {
        long total = 0;
        level = new int[nodes];
        cursor = new int[nodes];
        while (buildLevels(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, nodes);
            int pushed;
            while ((pushed = push(source, sink, Integer.MAX_VALUE)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean buildLevels(int source, int sink) {
        Arrays.fill(level, -1);
        int[] queue = new int[nodes];
        int read = 0;
        int write = 0;
        queue[write++] = source;
        level[source] = 0;
        while (read < write) {
            int node = queue[read++];
            for (int e = head[node]; e != -1; e = next[e]) {
                if (capacity[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[node] + 1;
                    queue[write++] = to[e];
                }
            }
        }
        return level[sink] >= 0;
    }

    /** Depth-first push along the level graph; iterative over edges, recursive over the (short) path. */
    private int push(int node, int sink, int limit) {
        if (node == sink) {
            return limit;
        }
        for (; cursor[node] != -1; cursor[node] = next[cursor[node]]) {
            int e = cursor[node];
            if (capacity[e] > 0 && level[to[e]] == level[node] + 1) {
                int pushed = push(to[e], sink, Math.min(limit, capacity[e]));
                if (pushed > 0) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed;
                    return pushed;
                }
            }
        }
        return 0;
    }

    private void append(int from, int target, int cap) {
        if (edges == to.length) {
            int size = edges * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            capacity = Arrays.copyOf(capacity, size);
        }
        to[edges] = target;
        capacity[edges] = cap;
        next[edges] = head[from];
        head[from] = edges++;
    }
}
