package org.edugov.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edugov.shared.DataScope;
import org.edugov.shared.SqlCondition;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the links of 分解到县: the county plans of a city plan, their targets, milestones and tasks for all of them
 * at once, and the county targets breaking down one city target.
 */
@Repository
class BreakdownQueries {

    /** A county plan's task as its status needs it. */
    record TaskState(long planId, LocalDate deadline, int percentDone) {
    }

    /** A county's target breaking down a city target, with the county plan it belongs to. */
    record CountyTarget(long planId, String planTitle, long orgUnitId, String orgName, PlanQueries.TargetRow target) {
    }

    /** A county plan already breaking down a city plan. */
    record Existing(long planId, long orgUnitId, String orgName, String title) {
    }

    private final JdbcClient jdbc;

    BreakdownQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan's title, read without scope: a county plan names the city plan it breaks down even to those who may not open it. */
    Optional<String> title(long plan) {
        return jdbc.sql("SELECT title FROM plan.plan WHERE id = :id").param("id", plan).query(String.class).optional();
    }

    /** The county plans breaking down the plan, whoever may see them, by county unit id. */
    Map<Long, Existing> existing(long parent) {
        Map<Long, Existing> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.id, p.org_unit_id, u.name, p.title FROM plan.plan p JOIN org.unit_scope u ON u.id = p.org_unit_id
                 WHERE p.parent_id = :parent ORDER BY u.code, p.id""")
                .param("parent", parent).query((RowCallbackHandler) rs -> out.putIfAbsent(rs.getLong(2),
                        new Existing(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))));
        return out;
    }

    /** The targets of the plans, by plan. */
    Map<Long, List<PlanQueries.TargetRow>> targets(Collection<Long> plans) {
        Map<Long, List<PlanQueries.TargetRow>> out = new HashMap<>();
        if (plans.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT plan_id, id, goal_id, code, text, indicator_code, comparator, value, unit, due_year, baseline_year,
                       baseline_value, qualitative, conditions
                  FROM plan.target WHERE plan_id IN (:plans) ORDER BY plan_id, sort""")
                .param("plans", plans).query((RowCallbackHandler) rs -> out.computeIfAbsent(rs.getLong("plan_id"),
                        k -> new ArrayList<>()).add(PlanQueries.target(rs)));
        return out;
    }

    /** Milestones of the plans' targets: target id → year → value. */
    Map<Long, Map<Integer, BigDecimal>> milestones(Collection<Long> plans) {
        Map<Long, Map<Integer, BigDecimal>> out = new HashMap<>();
        if (plans.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT m.target_id, m.year, m.value FROM plan.milestone m JOIN plan.target t ON t.id = m.target_id "
                        + "WHERE t.plan_id IN (:plans)")
                .param("plans", plans).query((RowCallbackHandler) rs -> out.computeIfAbsent(rs.getLong(1),
                        k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3)));
        return out;
    }

    /** The deadline and accepted progress of every task of the plans. */
    List<TaskState> tasks(Collection<Long> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT plan_id, deadline, percent_done FROM plan.task WHERE plan_id IN (:plans)")
                .param("plans", plans).query((rs, i) -> new TaskState(rs.getLong(1),
                        rs.getObject(2, LocalDate.class), rs.getInt(3))).list();
    }

    /** The deliverables of the plan's tasks, by task id. */
    Map<Long, List<String>> deliverables(long plan) {
        Map<Long, List<String>> out = new HashMap<>();
        jdbc.sql("SELECT id, deliverables FROM plan.task WHERE plan_id = :plan")
                .param("plan", plan).query((RowCallbackHandler) rs -> out.put(rs.getLong(1),
                        List.of((String[]) rs.getArray(2).getArray())));
        return out;
    }

    /** The county targets in scope breaking down the target, by county. */
    List<CountyTarget> countyTargets(DataScope scope, long target) {
        SqlCondition inScope = scope.condition("u.path");
        return jdbc.sql("""
                SELECT p.id AS plan_id, p.title AS plan_title, p.org_unit_id, u.name AS org_name, t.id, t.goal_id,
                       t.code, t.text, t.indicator_code, t.comparator, t.value, t.unit, t.due_year, t.baseline_year,
                       t.baseline_value, t.qualitative, t.conditions
                  FROM plan.target t JOIN plan.plan p ON p.id = t.plan_id JOIN org.unit_scope u ON u.id = p.org_unit_id
                 WHERE t.parent_target_id = :target AND""" + inScope.sql() + "ORDER BY u.code, p.id")
                .param("target", target).params(inScope.params())
                .query((rs, i) -> new CountyTarget(rs.getLong("plan_id"), rs.getString("plan_title"),
                        rs.getLong("org_unit_id"), rs.getString("org_name"), PlanQueries.target(rs))).list();
    }
}
