package org.edugov.plan;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Codes and sort positions for what the editor adds to a plan: the next free code with a prefix (G3, A2P4, A1K7 …)
 * among the plan's goals, targets, actions or tasks, and a sort position after everything the plan holds.
 */
final class PlanCodes {

    private static final Set<String> TABLES = Set.of("plan.goal", "plan.target", "plan.action", "plan.task");

    private PlanCodes() {
    }

    /** The first code {@code prefix + n} (n = 1, 2 …) not used in the table for the plan. */
    static String next(JdbcClient jdbc, String table, long plan, String prefix) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        Set<String> used = Set.copyOf(jdbc.sql("SELECT code FROM " + table + " WHERE plan_id = :plan")
                .param("plan", plan).query(String.class).list());
        int n = 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    /** A sort position after every goal, target, action and task of the plan (the loader numbers them together). */
    static int nextSort(JdbcClient jdbc, long plan) {
        return jdbc.sql("""
                SELECT coalesce(max(sort), 0) + 1 FROM (
                  SELECT sort FROM plan.goal WHERE plan_id = :plan UNION ALL
                  SELECT sort FROM plan.target WHERE plan_id = :plan UNION ALL
                  SELECT sort FROM plan.action WHERE plan_id = :plan UNION ALL
                  SELECT sort FROM plan.task WHERE plan_id = :plan) s""")
                .param("plan", plan).query(Integer.class).single();
    }
}
