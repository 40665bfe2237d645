package org.edugov.registry;

/**
 * A class of a school year for {@link RegistryBulkLoad}; pupils refer to it by school and name. A 复式班
 * (multigrade) takes pupils of several grades and carries the lowest of them.
 */
public record BulkClass(String schoolCode, int schoolYear, Grade grade, String name, boolean multigrade,
        boolean special) {
}
