/**
 * A deterministic synthetic city (or province) of counties, towns, schools and demo accounts, loaded
 * into an empty database under the {@code demo} profile so that every page has realistic data to show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data",
        allowedDependencies = {"shared", "org", "dict", "registry"})
package org.edugov.demo;
