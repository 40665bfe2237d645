package org.edugov.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One field's value before and after a change; {@code null} stands for "absent". */
public record FieldChange(String field, String oldValue, String newValue) {

    public static FieldChange created(String field, Object value) {
        return new FieldChange(field, null, text(value));
    }

    /** The fields whose values differ between two snapshots, in the order of their first appearance. */
    public static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String oldValue = text(before.get(field));
            String newValue = text(after.get(field));
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        }
        return changes;
    }

    /** Snapshot of a new entity: every non-null field as a change from nothing. */
    public static List<FieldChange> created(Map<String, ?> after) {
        return diff(Map.of(), after);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
