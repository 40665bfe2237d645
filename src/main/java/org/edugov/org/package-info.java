/**
 * Org hierarchy 市 → 县/区 → 乡镇/街道 → 学校 → 教学点 with official codes and dated membership;
 * accounts, roles, permissions and the data scope of each request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation and access",
        allowedDependencies = {"shared", "audit", "dict", "spreadsheet"})
package org.edugov.org;
