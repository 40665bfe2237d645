package org.edugov.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Materialized path of an org unit: the ids from the root down to the unit, as {@code /1/7/42/}.
 * Subtree queries become a prefix match ({@code path LIKE '/1/7/%'}) on an indexed column. Ids are
 * surrogate keys, not official codes, because official codes change when units are re-zoned.
 */
public record OrgPath(String value) implements Comparable<OrgPath> {

    private static final Pattern FORMAT = Pattern.compile("^/(\\d+/)+$");

    public OrgPath {
        Objects.requireNonNull(value, "path");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Malformed org path: " + value);
        }
    }

    public static OrgPath of(String value) {
        return new OrgPath(value);
    }

    public static OrgPath root(long id) {
        return new OrgPath("/" + id + "/");
    }

    public OrgPath child(long id) {
        return new OrgPath(value + id + "/");
    }

    public List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        for (String part : value.substring(1, value.length() - 1).split("/")) {
            ids.add(Long.parseLong(part));
        }
        return ids;
    }

    public long unitId() {
        List<Long> ids = ids();
        return ids.get(ids.size() - 1);
    }

    public int depth() {
        return ids().size();
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrgPath other) {
        return other.value.startsWith(value);
    }

    /** The LIKE pattern matching this unit and all its descendants; ids contain no wildcards. */
    public String subtreePattern() {
        return value + "%";
    }

    /** Re-roots a descendant path after this unit moved to {@code newPath}. */
    public OrgPath rebase(OrgPath descendant, OrgPath newPath) {
        if (!contains(descendant)) {
            throw new IllegalArgumentException(descendant + " is not below " + this);
        }
        return new OrgPath(newPath.value + descendant.value.substring(value.length()));
    }

    @Override
    public int compareTo(OrgPath o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
