package org.edugov.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgUnit;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns lead units to a plan's tasks in bulk: the tasks grouped by the lead the plan names (市财政局, 市发展改革委 …),
 * one unit per name for all its tasks and a unit per task where one differs. This is how a bureau hands tasks to
 * the departments' accounts. The form names each group as {@code name.i}/{@code unit.i} and each task's own choice
 * as {@code task.<id>} (blank: as its group); tasks of names the form does not carry stay as they are.
 */
@Service
class LeadAssignment {

    /** The tasks with one lead name; {@code unitId} is the unit all of them have, null when none or mixed. */
    record Group(String leadName, List<PlanQueries.TaskRow> tasks, Long unitId, long resolved) {
    }

    private final PlanQueries queries;
    private final PlanEditor plans;
    private final LeadUnits leadUnits;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    LeadAssignment(PlanQueries queries, PlanEditor plans, LeadUnits leadUnits, JdbcClient jdbc, AuditLog audit) {
        this.queries = queries;
        this.plans = plans;
        this.leadUnits = leadUnits;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The plan's tasks by lead name, in the order the names first appear. */
    List<Group> groups(long plan) {
        Map<String, List<PlanQueries.TaskRow>> byName = queries.tasks(plan).stream()
                .collect(Collectors.groupingBy(PlanQueries.TaskRow::leadName, LinkedHashMap::new, Collectors.toList()));
        List<Group> groups = new ArrayList<>();
        byName.forEach((name, tasks) -> {
            Set<Long> units = tasks.stream().map(PlanQueries.TaskRow::leadUnitId).collect(Collectors.toSet());
            Long common = units.size() == 1 ? units.iterator().next() : null;
            groups.add(new Group(name, tasks, common, tasks.stream().filter(k -> k.leadUnitId() != null).count()));
        });
        return groups;
    }

    /** Applies the form in one transaction; returns how many tasks changed. */
    @Transactional
    int assign(CurrentUser user, long plan, Map<String, String> form) {
        Map<String, Long> byName = new HashMap<>();
        for (int i = 0; form.containsKey("name." + i); i++) {
            byName.put(form.get("name." + i), PlanEditRules.optionalId(form.get("unit." + i)));
        }
        Map<String, Long> wanted = new HashMap<>();
        for (PlanQueries.TaskRow k : queries.tasks(plan)) {
            if (byName.containsKey(k.leadName())) {
                Long own = PlanEditRules.optionalId(form.get("task." + k.id()));
                wanted.put(k.code(), own != null ? own : byName.get(k.leadName()));
            }
        }
        return assignByCode(user, plan, wanted);
    }

    /**
     * Sets the lead unit (null: none) of the tasks named by code, in one transaction; each unit must be one the
     * plan's tasks may be led by. Returns how many tasks changed.
     */
    @Transactional
    int assignByCode(CurrentUser user, long plan, Map<String, Long> unitByTaskCode) {
        PlanEditor.Locked p = plans.lock(user, plan);
        Map<Long, OrgUnit> allowed = leadUnits.choices(user, p.orgUnitId()).stream()
                .collect(Collectors.toMap(OrgUnit::id, u -> u));
        List<AuditLog.Change> changes = new ArrayList<>();
        for (PlanQueries.TaskRow k : queries.tasks(plan)) {
            if (!unitByTaskCode.containsKey(k.code())) {
                continue;
            }
            Long unit = unitByTaskCode.get(k.code());
            if (unit != null && !allowed.containsKey(unit)) {
                throw UserError.invalid("plan.edit.lead.outside");
            }
            if (!Objects.equals(unit, k.leadUnitId())) {
                jdbc.sql("UPDATE plan.task SET lead_unit_id = :unit WHERE id = :id")
                        .param("unit", unit).param("id", k.id()).update();
                changes.add(new AuditLog.Change(k.id(), p.path(), List.of(new FieldChange("lead_unit",
                        k.leadUnitName(), unit == null ? null : allowed.get(unit).name()))));
            }
        }
        if (!changes.isEmpty()) {
            audit.changedAll(user.actor(), AuditAction.UPDATE, "PlanTask", changes);
        }
        return changes.size();
    }
}
