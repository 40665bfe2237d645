/**
 * Append-only change log and personal-data access log, with a scoped search page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.edugov.audit;
