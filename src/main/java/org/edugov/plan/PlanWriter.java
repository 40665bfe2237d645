package org.edugov.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the rows of a new plan, one at a time, inside the caller's transaction: shared by loading a template
 * ({@link PlanLoader}) and breaking a city plan down into county plans ({@link PlanBreakdown}). The parent ids are
 * null except in a breakdown.
 */
@Component
class PlanWriter {

    /** The plan row; {@code countyCode} is the unit's own code for a city plan. */
    record Header(long orgUnitId, String countyCode, String templateCode, String title, String issuer,
            String documentNo, String publishedOn, int periodFrom, int periodTo, String level, Long parentId) {
    }

    record Target(String code, String text, String indicator, String comparator, BigDecimal value, String unit,
            Integer dueYear, Integer baselineYear, BigDecimal baselineValue, boolean qualitative, List<String> conditions,
            Map<Integer, BigDecimal> milestones, Long parentTargetId) {
    }

    /** A task with the ids of the targets it serves. */
    record Task(String code, String text, String leadName, Long leadUnitId, List<String> coNames, LocalDate deadline,
            String deadlineText, List<String> deliverables, Collection<Long> serves, Long parentTaskId) {
    }

    private final JdbcClient jdbc;

    PlanWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long plan(Header h, String actor) {
        return jdbc.sql("""
                INSERT INTO plan.plan (org_unit_id, county_code, template_code, title, issuer, document_no, published_on,
                                       period_from, period_to, level, parent_id, created_by)
                VALUES (:org, :county, :template, :title, :issuer, :documentNo, :publishedOn, :from, :to, :level,
                        :parent, :actor)
                RETURNING id""")
                .param("org", h.orgUnitId()).param("county", h.countyCode()).param("template", h.templateCode())
                .param("title", h.title()).param("issuer", h.issuer()).param("documentNo", h.documentNo())
                .param("publishedOn", h.publishedOn()).param("from", h.periodFrom()).param("to", h.periodTo())
                .param("level", h.level()).param("parent", h.parentId()).param("actor", actor)
                .query(Long.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long goal(long plan, String code, String section, String title, int sort) {
        return jdbc.sql("INSERT INTO plan.goal (plan_id, code, section, title, sort) VALUES (:plan, :code, "
                        + ":section, :title, :sort) RETURNING id")
                .param("plan", plan).param("code", code).param("section", section).param("title", title)
                .param("sort", sort).query(Long.class).single();
    }

    /** A target with its milestones. */
    @Transactional(propagation = Propagation.MANDATORY)
    long target(long plan, long goal, Target x, int sort) {
        long target = jdbc.sql("""
                INSERT INTO plan.target (plan_id, goal_id, code, text, indicator_code, comparator, value, unit,
                                         due_year, baseline_year, baseline_value, qualitative, conditions, sort,
                                         parent_target_id)
                VALUES (:plan, :goal, :code, :text, :indicator, :comparator, :value, :unit, :year, :baseYear,
                        :baseValue, :qualitative, :conditions, :sort, :parent) RETURNING id""")
                .param("plan", plan).param("goal", goal).param("code", x.code()).param("text", x.text())
                .param("indicator", x.indicator()).param("comparator", x.qualitative() ? null : x.comparator())
                .param("value", x.value()).param("unit", x.unit()).param("year", x.dueYear())
                .param("baseYear", x.baselineYear()).param("baseValue", x.baselineValue())
                .param("qualitative", x.qualitative()).param("conditions", x.conditions().toArray(String[]::new))
                .param("sort", sort).param("parent", x.parentTargetId()).query(Long.class).single();
        x.milestones().forEach((year, value) -> jdbc.sql(
                        "INSERT INTO plan.milestone (target_id, year, value) VALUES (:target, :year, :value)")
                .param("target", target).param("year", year).param("value", value).update());
        return target;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long action(long plan, Long parent, String code, String section, String title, int sort) {
        return jdbc.sql("INSERT INTO plan.action (plan_id, parent_id, code, section, title, sort) VALUES (:plan, "
                        + ":parent, :code, :section, :title, :sort) RETURNING id")
                .param("plan", plan).param("parent", parent).param("code", code).param("section", section)
                .param("title", title).param("sort", sort).query(Long.class).single();
    }

    /** A task with its links to the targets it serves. */
    @Transactional(propagation = Propagation.MANDATORY)
    long task(long plan, long action, Task k, int sort) {
        long task = jdbc.sql("""
                INSERT INTO plan.task (plan_id, action_id, code, text, lead_name, lead_unit_id, co_names, deadline,
                                       deadline_text, deliverables, sort, parent_task_id)
                VALUES (:plan, :action, :code, :text, :lead, :leadUnit, :co, :deadline, :deadlineText,
                        :deliverables, :sort, :parent) RETURNING id""")
                .param("plan", plan).param("action", action).param("code", k.code()).param("text", k.text())
                .param("lead", k.leadName()).param("leadUnit", k.leadUnitId())
                .param("co", k.coNames().toArray(String[]::new)).param("deadline", k.deadline())
                .param("deadlineText", k.deadlineText()).param("deliverables", k.deliverables().toArray(String[]::new))
                .param("sort", sort).param("parent", k.parentTaskId()).query(Long.class).single();
        for (long served : k.serves()) {
            jdbc.sql("INSERT INTO plan.task_target (task_id, target_id) VALUES (:task, :target)")
                    .param("task", task).param("target", served).update();
        }
        return task;
    }
}
