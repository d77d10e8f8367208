package ua.vidguk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The groups of a dependency graph whose members all reach each other (its strongly connected
 * components, by Tarjan's algorithm), leaving out those of one member: each group is one or more
 * cycles, and breaking them means breaking the group.
 */
final class DependencyCycles {

    private final Map<String, Set<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowest = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<SortedSet<String>> groups = new ArrayList<>();

    private DependencyCycles(Map<String, Set<String>> graph) {
        this.graph = graph;
    }

    static List<SortedSet<String>> in(Map<String, Set<String>> graph) {
        var cycles = new DependencyCycles(graph);
        graph.keySet().forEach(node -> {
            if (!cycles.index.containsKey(node)) {
                cycles.visit(node);
            }
        });
        return cycles.groups;
    }

    private void visit(String node) {
        index.put(node, index.size());
        lowest.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next);
                lowest.put(node, Math.min(lowest.get(node), lowest.get(next)));
            } else if (onStack.contains(next)) {
                lowest.put(node, Math.min(lowest.get(node), index.get(next)));
            }
        }
        if (lowest.get(node).equals(index.get(node))) {
            SortedSet<String> group = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                group.add(member);
            } while (!member.equals(node));
            if (group.size() > 1) {
                groups.add(group);
            }
        }
    }
}
