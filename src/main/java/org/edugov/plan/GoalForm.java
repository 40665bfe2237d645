package org.edugov.plan;

/** A goal (a group of targets) as the editor's form sends it. */
record GoalForm(String title, String section) {
}
