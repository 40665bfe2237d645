package org.edugov.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors of one import: all are counted, the first {@code cap} are kept to be listed. A file where
 * every one of a million rows is wrong must not fill the heap with a million messages.
 */
final class ImportErrors {

    private final int cap;
    private final List<RowError> listed = new ArrayList<>();
    private int total;

    ImportErrors(int cap) {
        this.cap = cap;
    }

    void add(RowError error) {
        total++;
        if (listed.size() < cap) {
            listed.add(error);
        }
    }

    void addAll(List<RowError> errors) {
        errors.forEach(this::add);
    }

    /** Adds errors of which a query returned only the first few, together with how many there were. */
    void addCounted(List<RowError> first, int count) {
        addAll(first);
        total += count - first.size();
    }

    int remainingRoom() {
        return Math.max(0, cap - listed.size());
    }

    int total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The listed errors by row, then in the order found. */
    List<RowError> listed() {
        List<RowError> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparingInt(RowError::rowNumber));
        return sorted;
    }
}
