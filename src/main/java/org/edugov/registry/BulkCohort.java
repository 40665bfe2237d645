package org.edugov.registry;

import org.edugov.shared.Sex;

/**
 * Persons of one single-year age and sex living in a town (统计用区划代码), for {@link RegistryBulkLoad}.
 *
 * @param basis HUKOU (户籍) or RESIDENT (常住)
 */
public record BulkCohort(String townCode, int year, String basis, int age, Sex sex, int persons) {
}
