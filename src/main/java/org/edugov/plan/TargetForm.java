package org.edugov.plan;

import java.util.List;

/**
 * A target as the editor's form sends it: numbers and years as text, milestones as two parallel lists (blank rows
 * are ignored), conditions one per line.
 */
record TargetForm(String goalId, String text, String indicatorCode, String comparator, String value, String unit,
        String dueYear, String baselineYear, String baselineValue, List<String> milestoneYears,
        List<String> milestoneValues, Boolean qualitative, String conditions) {
}
