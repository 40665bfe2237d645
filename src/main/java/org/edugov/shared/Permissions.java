package org.edugov.shared;

import java.util.List;

/**
 * Every permission the code checks, as {@code module:resource:action}. Roles are data that grant a
 * subset of these; a test checks that each {@code @PreAuthorize} names one of them.
 */
public final class Permissions {

    public static final String ORG_UNIT_READ = "org:unit:read";
    public static final String ORG_UNIT_WRITE = "org:unit:write";
    public static final String ORG_UNIT_IMPORT = "org:unit:import";
    public static final String ORG_USER_READ = "org:user:read";
    public static final String ORG_USER_WRITE = "org:user:write";
    public static final String ORG_ROLE_READ = "org:role:read";
    public static final String ORG_ROLE_WRITE = "org:role:write";
    public static final String AUDIT_LOG_READ = "audit:log:read";
    public static final String DICT_ITEM_READ = "dict:item:read";
    public static final String REGISTRY_SCHOOL_READ = "registry:school:read";
    public static final String REGISTRY_SCHOOL_WRITE = "registry:school:write";
    public static final String REGISTRY_PUPIL_READ = "registry:pupil:read";
    public static final String REGISTRY_PUPIL_WRITE = "registry:pupil:write";
    public static final String REGISTRY_PUPIL_IMPORT = "registry:pupil:import";
    /** Shows identity numbers, addresses and phones unmasked; every such read is audited. */
    public static final String REGISTRY_PUPIL_PII = "registry:pupil:pii";
    public static final String REGISTRY_TRANSFER_REQUEST = "registry:transfer:request";
    public static final String REGISTRY_TRANSFER_APPROVE = "registry:transfer:approve";
    public static final String REGISTRY_TEACHER_READ = "registry:teacher:read";
    public static final String REGISTRY_TEACHER_WRITE = "registry:teacher:write";
    public static final String REGISTRY_POPULATION_READ = "registry:population:read";
    public static final String REGISTRY_POPULATION_IMPORT = "registry:population:import";

    public static final String INDICATOR_VALUE_READ = "indicator:value:read";
    /** Adds versions of indicator definitions (a new version; stored ones never change). */
    public static final String INDICATOR_CATALOG_WRITE = "indicator:catalog:write";
    /** Starts a full recompute of the catalog. */
    public static final String INDICATOR_RUN = "indicator:run";

    public static final String PLAN_READ = "plan:plan:read";
    /** Loads plan templates for a city or county and edits plans. */
    public static final String PLAN_WRITE = "plan:plan:write";
    /** Reports progress on the tasks the user's own unit leads. */
    public static final String PLAN_PROGRESS_REPORT = "plan:progress:report";
    /** Accepts or returns progress reports, records 约谈 and publishes plans. */
    public static final String PLAN_PROGRESS_REVIEW = "plan:progress:review";

    public static final List<String> ALL = List.of(ORG_UNIT_READ, ORG_UNIT_WRITE, ORG_UNIT_IMPORT, ORG_USER_READ,
            ORG_USER_WRITE, ORG_ROLE_READ, ORG_ROLE_WRITE, AUDIT_LOG_READ, DICT_ITEM_READ, REGISTRY_SCHOOL_READ,
            REGISTRY_SCHOOL_WRITE, REGISTRY_PUPIL_READ, REGISTRY_PUPIL_WRITE, REGISTRY_PUPIL_IMPORT,
            REGISTRY_PUPIL_PII, REGISTRY_TRANSFER_REQUEST, REGISTRY_TRANSFER_APPROVE, REGISTRY_TEACHER_READ,
            REGISTRY_TEACHER_WRITE, REGISTRY_POPULATION_READ, REGISTRY_POPULATION_IMPORT,
            INDICATOR_VALUE_READ, INDICATOR_CATALOG_WRITE, INDICATOR_RUN, PLAN_READ, PLAN_WRITE,
            PLAN_PROGRESS_REPORT, PLAN_PROGRESS_REVIEW);

    private Permissions() {
    }
}
