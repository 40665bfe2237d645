package org.edugov.registry;

import java.util.List;

/**
 * Published inside the writing transaction when pupils, classes or teachers of these schools were created,
 * moved or changed, so that figures computed from them can be marked out of date in the same transaction.
 */
public record SchoolRecordsChanged(List<Long> schoolIds) {

    public SchoolRecordsChanged {
        schoolIds = List.copyOf(schoolIds);
    }
}
