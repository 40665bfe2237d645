package org.edugov.plan;

/** An action (主要任务) or, with a parent action, a project (工程) as the editor's form sends it. */
record ActionForm(String title, String section, String parentId) {
}
