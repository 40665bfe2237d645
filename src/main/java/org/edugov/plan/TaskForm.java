package org.edugov.plan;

import java.util.List;

/** A task as the editor's form sends it: co-operating units and deliverables one per line, served targets by id. */
record TaskForm(String actionId, String text, String leadUnitId, String leadName, String coNames, String deadline,
        String deadlineText, String deliverables, List<String> targetIds) {
}
