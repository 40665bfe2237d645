package org.edugov.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.springframework.stereotype.Component;

/**
 * A city's or county's cooperating departments by the core of their names (示范市财政局 → 财政局): how a lead named in
 * a plan, or a city department's task in a county breakdown, finds its unit.
 */
@Component
class Departments {

    private final OrgDirectory directory;

    Departments(OrgDirectory directory) {
        this.directory = directory;
    }

    /** The unit's own departments (not those of the counties under a city) by their core name. */
    Map<String, OrgUnit> byCore(OrgUnit org) {
        Map<String, OrgUnit> byCore = new HashMap<>();
        for (OrgUnit d : directory.search(DataScope.subtree(0, org.path()), null, List.of("DEPARTMENT"), 500)) {
            if (Long.valueOf(org.id()).equals(d.parentId())) {
                byCore.put(core(d.name()), d);
            }
        }
        return byCore;
    }

    /** A unit name without its place: the part after the last 市, 县 or 区 before the end (市财政局 → 财政局). */
    static String core(String name) {
        String n = name.strip();
        int cut = Math.max(n.lastIndexOf('市', n.length() - 2), Math.max(n.lastIndexOf('县', n.length() - 2),
                n.lastIndexOf('区', n.length() - 2)));
        return cut >= 0 ? n.substring(cut + 1) : n;
    }
}
