package org.edugov.org;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a kind as people write it in a spreadsheet: the Chinese or English label, or the constant. */
final class OrgKindLabels {

    private static final Map<String, OrgUnitKind> LABELS = Map.ofEntries(
            Map.entry("省", OrgUnitKind.PROVINCE), Map.entry("省级", OrgUnitKind.PROVINCE),
            Map.entry("市", OrgUnitKind.CITY), Map.entry("地市", OrgUnitKind.CITY), Map.entry("市级", OrgUnitKind.CITY),
            Map.entry("县", OrgUnitKind.COUNTY), Map.entry("区", OrgUnitKind.COUNTY),
            Map.entry("县/区", OrgUnitKind.COUNTY), Map.entry("县区", OrgUnitKind.COUNTY),
            Map.entry("乡镇", OrgUnitKind.TOWN), Map.entry("街道", OrgUnitKind.TOWN),
            Map.entry("乡镇/街道", OrgUnitKind.TOWN), Map.entry("乡", OrgUnitKind.TOWN), Map.entry("镇", OrgUnitKind.TOWN),
            Map.entry("学校", OrgUnitKind.SCHOOL), Map.entry("教学点", OrgUnitKind.TEACHING_POINT),
            Map.entry("部门", OrgUnitKind.DEPARTMENT), Map.entry("协办部门", OrgUnitKind.DEPARTMENT),
            Map.entry("province", OrgUnitKind.PROVINCE), Map.entry("city", OrgUnitKind.CITY),
            Map.entry("county", OrgUnitKind.COUNTY), Map.entry("district", OrgUnitKind.COUNTY),
            Map.entry("town", OrgUnitKind.TOWN), Map.entry("school", OrgUnitKind.SCHOOL),
            Map.entry("teaching point", OrgUnitKind.TEACHING_POINT), Map.entry("teaching_point",
                    OrgUnitKind.TEACHING_POINT), Map.entry("department", OrgUnitKind.DEPARTMENT));

    private OrgKindLabels() {
    }

    static Optional<OrgUnitKind> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(LABELS.get(raw.strip().toLowerCase(Locale.ROOT)));
    }
}
