package org.edugov.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.org.OrgUnitKind;
import org.edugov.shared.UserError;
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
    private final PlanWriter writer;
    private final Departments departments;
    private final AuditLog audit;

    PlanLoader(PlanTemplates templates, OrgDirectory directory, PlanWriter writer, Departments departments,
            AuditLog audit) {
        this.templates = templates;
        this.directory = directory;
        this.writer = writer;
        this.departments = departments;
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
        long plan = writer.plan(new PlanWriter.Header(org.id(), org.countyCode() != null ? org.countyCode()
                : org.code(), t.code(), t.title(), t.issuer(), t.documentNo(), t.publishedOn(), t.periodFrom(),
                t.periodTo(), t.level(), null), user.username());
        Map<String, Long> targetIds = new HashMap<>();
        int sort = 0;
        for (PlanTemplate.Goal g : t.goals()) {
            long goal = writer.goal(plan, g.code(), g.section(), g.title(), sort++);
            for (PlanTemplate.Target x : g.targets()) {
                Map<Integer, BigDecimal> milestones = new LinkedHashMap<>();
                x.milestones().forEach(m -> milestones.put(m.year(), m.value()));
                targetIds.put(x.code(), writer.target(plan, goal, new PlanWriter.Target(x.code(), x.text(),
                        x.indicator(), x.comparator(), x.value(), x.unit(), x.year(), x.baselineYear(),
                        x.baselineValue(), x.qualitative(), x.conditions(), milestones, null), sort++));
            }
        }
        Map<String, OrgUnit> byCore = departments.byCore(org);
        int tasks = 0;
        for (PlanTemplate.Action a : t.actions()) {
            long action = writer.action(plan, null, a.code(), a.section(), a.title(), sort++);
            tasks += tasks(plan, action, a.tasks(), org, byCore, targetIds, sort);
            sort += a.tasks().size();
            for (PlanTemplate.Action p : a.projects()) {
                long project = writer.action(plan, action, p.code(), p.section(), p.title(), sort++);
                tasks += tasks(plan, project, p.tasks(), org, byCore, targetIds, sort);
                sort += p.tasks().size();
            }
        }
        audit.changed(user.actor(), AuditAction.CREATE, "Plan", plan, org.path(), FieldChange.created(Map.of(
                "template", t.code(), "targets", targetIds.size(), "tasks", tasks)));
        return plan;
    }

    private int tasks(long plan, long action, List<PlanTemplate.Task> tasks, OrgUnit org,
            Map<String, OrgUnit> departments, Map<String, Long> targetIds, int sort) {
        for (PlanTemplate.Task k : tasks) {
            OrgUnit lead = resolve(k.lead(), org, departments);
            writer.task(plan, action, new PlanWriter.Task(k.code(), k.text(), k.lead(), lead == null ? null : lead.id(),
                    k.co(), k.deadline(), k.deadlineText(), k.deliverables(), k.serves().stream().map(targetIds::get)
                    .toList(), null), sort++);
        }
        return tasks.size();
    }

    private static OrgUnit resolve(String lead, OrgUnit org, Map<String, OrgUnit> departments) {
        if (lead == null || lead.isBlank()) {
            return null;
        }
        if (lead.contains("教育") || lead.contains("教体")) {
            return org;
        }
        return departments.get(Departments.core(lead));
    }
}
