package org.edugov.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.org.OrgUnitKind;
import org.edugov.shared.DataScope;
import org.edugov.shared.UserError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a plan for a city or county from a template, in one transaction, audited. A task's lead unit is
 * resolved to an org unit where the name allows it: the education bureau is the plan's own unit, a department
 * (财政局, 发改委 …) one of the plan unit's departments with the same core name; otherwise only the name is kept.
 */
@Service
class PlanLoader {

    private final PlanTemplates templates;
    private final OrgDirectory directory;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    PlanLoader(PlanTemplates templates, OrgDirectory directory, JdbcClient jdbc, AuditLog audit) {
        this.templates = templates;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * A new plan for the unit from the template; the unit must be in the user's scope and of the template's level.
     *
     * @return the plan's id
     */
    @Transactional
    long load(CurrentUser user, String templateCode, long orgUnitId) {
        PlanTemplate t = templates.find(templateCode)
                .orElseThrow(() -> UserError.notFound("plan.template.notFound", templateCode));
        OrgUnit org = directory.find(user.scope(), orgUnitId)
                .orElseThrow(() -> UserError.notFound("org.unit.notFound", orgUnitId));
        OrgUnitKind wanted = t.level().equals("COUNTY") ? OrgUnitKind.COUNTY : OrgUnitKind.CITY;
        if (org.kind() != wanted) {
            throw UserError.invalid("plan.template.level." + wanted.name(), t.title());
        }
        long plan = jdbc.sql("""
                INSERT INTO plan.plan (org_unit_id, county_code, template_code, title, issuer, document_no, published_on,
                                       period_from, period_to, level, created_by)
                VALUES (:org, :county, :template, :title, :issuer, :documentNo, :publishedOn, :from, :to, :level, :actor)
                RETURNING id""")
                .param("org", org.id()).param("county", org.countyCode() != null ? org.countyCode() : org.code())
                .param("template", t.code()).param("title", t.title()).param("issuer", t.issuer())
                .param("documentNo", t.documentNo()).param("publishedOn", t.publishedOn()).param("from", t.periodFrom())
                .param("to", t.periodTo()).param("level", t.level()).param("actor", user.username())
                .query(Long.class).single();
        Map<String, Long> targetIds = new HashMap<>();
        int sort = 0;
        for (PlanTemplate.Goal g : t.goals()) {
            long goal = jdbc.sql("INSERT INTO plan.goal (plan_id, code, section, title, sort) VALUES (:plan, :code, "
                            + ":section, :title, :sort) RETURNING id")
                    .param("plan", plan).param("code", g.code()).param("section", g.section())
                    .param("title", g.title()).param("sort", sort++).query(Long.class).single();
            for (PlanTemplate.Target x : g.targets()) {
                long target = jdbc.sql("""
                        INSERT INTO plan.target (plan_id, goal_id, code, text, indicator_code, comparator, value, unit,
                                                 due_year, baseline_year, baseline_value, qualitative, conditions, sort)
                        VALUES (:plan, :goal, :code, :text, :indicator, :comparator, :value, :unit, :year, :baseYear,
                                :baseValue, :qualitative, :conditions, :sort) RETURNING id""")
                        .param("plan", plan).param("goal", goal).param("code", x.code()).param("text", x.text())
                        .param("indicator", x.indicator()).param("comparator", x.qualitative() ? null : x.comparator())
                        .param("value", x.value()).param("unit", x.unit()).param("year", x.year())
                        .param("baseYear", x.baselineYear()).param("baseValue", x.baselineValue())
                        .param("qualitative", x.qualitative()).param("conditions", x.conditions().toArray(String[]::new))
                        .param("sort", sort++).query(Long.class).single();
                targetIds.put(x.code(), target);
                for (PlanTemplate.Milestone m : x.milestones()) {
                    jdbc.sql("INSERT INTO plan.milestone (target_id, year, value) VALUES (:target, :year, :value)")
                            .param("target", target).param("year", m.year()).param("value", m.value()).update();
                }
            }
        }
        Map<String, OrgUnit> departments = departments(org);
        int tasks = 0;
        for (PlanTemplate.Action a : t.actions()) {
            long action = action(plan, null, a, sort++);
            tasks += tasks(plan, action, a.tasks(), org, departments, targetIds, sort);
            sort += a.tasks().size();
            for (PlanTemplate.Action p : a.projects()) {
                long project = action(plan, action, p, sort++);
                tasks += tasks(plan, project, p.tasks(), org, departments, targetIds, sort);
                sort += p.tasks().size();
            }
        }
        audit.changed(user.actor(), AuditAction.CREATE, "Plan", plan, org.path(), FieldChange.created(Map.of(
                "template", t.code(), "targets", targetIds.size(), "tasks", tasks)));
        return plan;
    }

    private long action(long plan, Long parent, PlanTemplate.Action a, int sort) {
        return jdbc.sql("INSERT INTO plan.action (plan_id, parent_id, code, section, title, sort) VALUES (:plan, "
                        + ":parent, :code, :section, :title, :sort) RETURNING id")
                .param("plan", plan).param("parent", parent).param("code", a.code()).param("section", a.section())
                .param("title", a.title()).param("sort", sort).query(Long.class).single();
    }

    private int tasks(long plan, long action, List<PlanTemplate.Task> tasks, OrgUnit org,
            Map<String, OrgUnit> departments, Map<String, Long> targetIds, int sort) {
        for (PlanTemplate.Task k : tasks) {
            OrgUnit lead = resolve(k.lead(), org, departments);
            long task = jdbc.sql("""
                    INSERT INTO plan.task (plan_id, action_id, code, text, lead_name, lead_unit_id, co_names, deadline,
                                           deadline_text, deliverables, sort)
                    VALUES (:plan, :action, :code, :text, :lead, :leadUnit, :co, :deadline, :deadlineText,
                            :deliverables, :sort) RETURNING id""")
                    .param("plan", plan).param("action", action).param("code", k.code()).param("text", k.text())
                    .param("lead", k.lead()).param("leadUnit", lead == null ? null : lead.id())
                    .param("co", k.co().toArray(String[]::new)).param("deadline", k.deadline())
                    .param("deadlineText", k.deadlineText()).param("deliverables", k.deliverables().toArray(String[]::new))
                    .param("sort", sort++).query(Long.class).single();
            for (String served : k.serves()) {
                jdbc.sql("INSERT INTO plan.task_target (task_id, target_id) VALUES (:task, :target)")
                        .param("task", task).param("target", targetIds.get(served)).update();
            }
        }
        return tasks.size();
    }

    /** The plan unit's departments by their core name (示范市财政局 → 财政局). */
    private Map<String, OrgUnit> departments(OrgUnit org) {
        Map<String, OrgUnit> byCore = new HashMap<>();
        for (OrgUnit d : directory.search(DataScope.subtree(0, org.path()), null, List.of("DEPARTMENT"), 200)) {
            byCore.put(core(d.name()), d);
        }
        return byCore;
    }

    private static OrgUnit resolve(String lead, OrgUnit org, Map<String, OrgUnit> departments) {
        if (lead == null || lead.isBlank()) {
            return null;
        }
        if (lead.contains("教育") || lead.contains("教体")) {
            return org;
        }
        return departments.get(core(lead));
    }

    /** A unit name without its place: the part after the last 市, 县 or 区 before the end (市财政局 → 财政局). */
    static String core(String name) {
        String n = name.strip();
        int cut = Math.max(n.lastIndexOf('市', n.length() - 2), Math.max(n.lastIndexOf('县', n.length() - 2),
                n.lastIndexOf('区', n.length() - 2)));
        return cut >= 0 ? n.substring(cut + 1) : n;
    }
}
