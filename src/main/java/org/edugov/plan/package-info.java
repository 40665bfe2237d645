/**
 * Plans: the seed plans as templates, loaded for a city or county with their goals, targets bound to
 * indicators, actions, projects and tasks with their responsible units; targets read their live values from
 * the indicator module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans",
        allowedDependencies = {"shared", "org", "audit", "spreadsheet", "indicator", "web"})
package org.edugov.plan;
