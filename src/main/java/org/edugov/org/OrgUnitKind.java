package org.edugov.org;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The levels of the hierarchy, with the code format each level uses and where it may hang. */
public enum OrgUnitKind {
    /** GB/T 2260 province code, e.g. 410000. */
    PROVINCE("^\\d{2}0000$"),
    /** GB/T 2260 city code, e.g. 410100. */
    CITY("^\\d{4}00$"),
    /** GB/T 2260 county or district code, e.g. 410102. */
    COUNTY("^\\d{4}(?!00)\\d{2}$"),
    /** 统计用区划代码 of a town or street, 12 digits (9 accepted and padded). */
    TOWN("^\\d{12}$"),
    /** 10-digit 学校标识码. */
    SCHOOL("^\\d{10}$"),
    /** 教学点: has its own 学校标识码 and belongs to a school. */
    TEACHING_POINT("^\\d{10}$"),
    /** A cooperating government department (财政局, 发改委 …) with its own accounts. */
    DEPARTMENT("^[A-Z0-9][A-Z0-9-]{1,31}$");

    private final Pattern codeFormat;

    OrgUnitKind(String codeFormat) {
        this.codeFormat = Pattern.compile(codeFormat);
    }

    public boolean acceptsCode(String code) {
        return code != null && codeFormat.matcher(code).matches();
    }

    /** Kinds this kind may be placed under; an empty set means it can only be a root. */
    public Set<OrgUnitKind> allowedParents() {
        return switch (this) {
            case PROVINCE -> EnumSet.noneOf(OrgUnitKind.class);
            case CITY -> EnumSet.of(PROVINCE);
            case COUNTY -> EnumSet.of(CITY, PROVINCE);
            case TOWN -> EnumSet.of(COUNTY);
            case SCHOOL -> EnumSet.of(TOWN, COUNTY, CITY);
            case TEACHING_POINT -> EnumSet.of(SCHOOL);
            case DEPARTMENT -> EnumSet.of(PROVINCE, CITY, COUNTY);
        };
    }

    public boolean canBeRoot() {
        return this == PROVINCE || this == CITY;
    }

    public boolean isSchool() {
        return this == SCHOOL || this == TEACHING_POINT;
    }

    /** Message key of the kind's label. */
    public String labelKey() {
        return "org.kind." + name();
    }
}
