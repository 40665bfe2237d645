/**
 * Layout, navigation, home page, language, error pages and htmx helpers. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"shared", "org", "dict", "audit"})
package org.edugov.web;
