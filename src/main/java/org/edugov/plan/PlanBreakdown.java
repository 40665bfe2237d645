package org.edugov.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.org.CurrentUser;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.edugov.shared.UserError;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分解到县: breaks a city plan down into a county plan for each chosen county under the city, in one audited
 * transaction. Each copy keeps the city plan's period, rules, goals, targets (value, due year, milestones, indicator)
 * and actions, projects and tasks, each linked to the city row it breaks down; the county then edits its own values.
 * A task led by the city bureau (or by no unit, or by the county itself) is led by the county; one led by a city
 * department goes to the county's department of the same core name where the county has one, else to no unit.
 */
@Service
class PlanBreakdown {

    /** A county under the city plan's unit, with the plan already breaking the city plan down for it, or null. */
    record County(OrgUnit unit, BreakdownQueries.Existing existing) {
    }

    private record Source(PlanQueries.PlanRow plan, OrgUnit city, List<PlanQueries.GoalRow> goals,
            List<PlanQueries.TargetRow> targets, Map<Long, Map<Integer, BigDecimal>> milestones,
            List<PlanQueries.ActionRow> actions, List<PlanQueries.TaskRow> tasks, Map<Long, List<String>> deliverables,
            Map<Long, String> cityDepartments) {
    }

    private final PlanQueries plans;
    private final BreakdownQueries queries;
    private final PlanEditor editor;
    private final PlanWriter writer;
    private final Departments departments;
    private final OrgDirectory directory;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    PlanBreakdown(PlanQueries plans, BreakdownQueries queries, PlanEditor editor, PlanWriter writer,
            Departments departments, OrgDirectory directory, MessageSource messages, JdbcClient jdbc, AuditLog audit) {
        this.plans = plans;
        this.queries = queries;
        this.editor = editor;
        this.writer = writer;
        this.departments = departments;
        this.directory = directory;
        this.messages = messages;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The active counties directly under a city plan's unit that the user's scope covers, in code order. */
    List<County> counties(CurrentUser user, PlanQueries.PlanRow plan) {
        if (!plan.level().equals("CITY")) {
            throw UserError.invalid("plan.breakdown.notCity", plan.title());
        }
        OrgUnit city = directory.find(user.scope(), plan.orgUnitId())
                .orElseThrow(() -> UserError.notFound("plan.notFound", plan.id()));
        Map<Long, BreakdownQueries.Existing> existing = queries.existing(plan.id());
        return directory.search(DataScope.subtree(user.userId(), city.path()), null, List.of("COUNTY"), 500).stream()
                .filter(u -> u.active() && Objects.equals(u.parentId(), city.id()) && user.scope().permits(u.path()))
                .sorted(Comparator.comparing(OrgUnit::code)).map(u -> new County(u, existing.get(u.id()))).toList();
    }

    /**
     * Creates a county plan for each of the counties; refused as a whole when one is not a county under the city
     * in scope or already has a breakdown of the plan.
     *
     * @return the new plans' ids, in the order of the counties given
     */
    @Transactional
    List<Long> breakdown(CurrentUser user, long planId, List<Long> countyIds, Locale locale) {
        editor.lock(user, planId);
        PlanQueries.PlanRow plan = plans.visible(user.scope(), planId);
        Map<Long, County> choices = new HashMap<>();
        counties(user, plan).forEach(c -> choices.put(c.unit().id(), c));
        if (countyIds == null || countyIds.isEmpty()) {
            throw UserError.invalid("plan.breakdown.noCounty");
        }
        List<OrgUnit> chosen = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (long id : new LinkedHashSet<>(countyIds)) {
            County c = choices.get(id);
            if (c == null) {
                throw UserError.notFound("org.unit.notFound", id);
            }
            if (c.existing() != null) {
                done.add(c.unit().name());
            }
            chosen.add(c.unit());
        }
        if (!done.isEmpty()) {
            throw UserError.conflict("plan.breakdown.exists", String.join("、", done));
        }
        OrgUnit city = directory.find(user.scope(), plan.orgUnitId()).orElseThrow();
        Map<Long, String> cityDepartments = new HashMap<>();
        departments.byCore(city).forEach((core, unit) -> cityDepartments.put(unit.id(), core));
        Source source = new Source(plan, city, plans.goals(planId), plans.targets(planId), plans.milestones(planId),
                plans.actions(planId), plans.tasks(planId), queries.deliverables(planId), cityDepartments);
        return chosen.stream().map(county -> copy(user, source, county, locale)).toList();
    }

    private long copy(CurrentUser user, Source s, OrgUnit county, Locale locale) {
        PlanQueries.PlanRow p = s.plan();
        long plan = writer.plan(new PlanWriter.Header(county.id(), county.countyCode() != null ? county.countyCode()
                : county.code(), p.templateCode(), messages.getMessage("plan.breakdown.planTitle",
                new Object[] {p.title(), county.name()}, locale), messages.getMessage("plan.breakdown.issuer",
                new Object[] {county.name()}, locale), "", "", p.periodFrom(), p.periodTo(), "COUNTY", p.id()),
                user.username());
        jdbc.sql("""
                UPDATE plan.plan c
                   SET report_every = p.report_every, report_grace_days = p.report_grace_days,
                       warning_days = p.warning_days, warning_percent = p.warning_percent,
                       yellow_on_at_risk = p.yellow_on_at_risk, yellow_on_late_report = p.yellow_on_late_report,
                       red_on_overdue = p.red_on_overdue, red_after_yellows = p.red_after_yellows
                  FROM plan.plan p WHERE c.id = :copy AND p.id = :parent""")
                .param("copy", plan).param("parent", p.id()).update();
        int sort = 0;
        Map<String, Long> targetIds = new HashMap<>();
        for (PlanQueries.GoalRow g : s.goals()) {
            long goal = writer.goal(plan, g.code(), g.section(), g.title(), sort++);
            for (PlanQueries.TargetRow t : s.targets()) {
                if (t.goalId() == g.id()) {
                    targetIds.put(t.code(), writer.target(plan, goal, new PlanWriter.Target(t.code(), t.text(),
                            t.indicatorCode(), t.comparator(), t.value(), t.unit(), t.dueYear(), t.baselineYear(),
                            t.baselineValue(), t.qualitative(), t.conditions(),
                            s.milestones().getOrDefault(t.id(), Map.of()), t.id()), sort++));
                }
            }
        }
        Map<Long, Long> actionIds = new HashMap<>();
        int firstAction = sort;
        // actions before their projects, each keeping its place in the plan's order
        for (boolean projects : List.of(false, true)) {
            for (int i = 0; i < s.actions().size(); i++) {
                PlanQueries.ActionRow a = s.actions().get(i);
                if ((a.parentId() != null) == projects) {
                    actionIds.put(a.id(), writer.action(plan, a.parentId() == null ? null
                            : actionIds.get(a.parentId()), a.code(), a.section(), a.title(), firstAction + i));
                }
            }
        }
        sort = firstAction + s.actions().size();
        Map<String, OrgUnit> countyDepartments = departments.byCore(county);
        for (PlanQueries.TaskRow k : s.tasks()) {
            writer.task(plan, actionIds.get(k.actionId()), new PlanWriter.Task(k.code(), k.text(), k.leadName(),
                    lead(k.leadUnitId(), s, county, countyDepartments), k.coNames(), k.deadline(), k.deadlineText(),
                    s.deliverables().get(k.id()), k.serves().stream().map(targetIds::get).toList(), k.id()), sort++);
        }
        audit.changed(user.actor(), AuditAction.CREATE, "Plan", plan, county.path(), FieldChange.created(Map.of(
                "parent", p.id(), "targets", targetIds.size(), "tasks", s.tasks().size())));
        return plan;
    }

    private static Long lead(Long cityLead, Source s, OrgUnit county, Map<String, OrgUnit> countyDepartments) {
        if (cityLead == null || cityLead == s.city().id() || cityLead == county.id()) {
            return county.id();
        }
        String core = s.cityDepartments().get(cityLead);
        OrgUnit department = core == null ? null : countyDepartments.get(core);
        return department == null ? null : department.id();
    }
}
