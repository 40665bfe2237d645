/**
 * A deterministic synthetic city (or province) of counties, towns, schools and demo accounts, and a registry
 * for it (school profiles, facilities, classes, pupils, teachers, population), loaded into an empty database
 * under the {@code demo} profile so that every page has realistic data to show (with two seed plans loaded for
 * the first city), and written as import files
 * for tests and benchmarks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "org", "dict", "registry", "indicator", "plan"})
package org.edugov.demo;
