/**
 * Code lists (字典): official national codes with Chinese and English labels, seeded by Flyway and
 * held in memory. The package root is the module's API: {@link org.edugov.dict.Dictionaries} for
 * Java callers and {@link org.edugov.dict.DictLabels} ({@code @dict}) for templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dictionaries", allowedDependencies = "shared")
package org.edugov.dict;
