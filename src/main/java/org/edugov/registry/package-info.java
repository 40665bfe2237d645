/**
 * The registry: schools' profiles and yearly facts, classes, pupils (学籍) with status events and
 * transfers, teachers, population cohorts, and their Excel/CSV imports. Every indicator reads it,
 * through the views it publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry",
        allowedDependencies = {"shared", "org", "dict", "audit", "spreadsheet"})
package org.edugov.registry;
