/**
 * The indicator engine: the official catalog as versioned data, numerators and denominators computed per
 * school (per town for population) from the registry's published facts, summed up the dated org hierarchy,
 * with drill-down to the records, dashboards and an API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators",
        allowedDependencies = {"shared", "org", "dict", "audit", "spreadsheet", "registry", "web"})
package org.edugov.indicator;
