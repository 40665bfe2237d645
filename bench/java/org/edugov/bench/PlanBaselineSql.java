package org.edugov.bench;

/**
 * The hand-written SQL the plan bench measures the plan module against. Written for the rules every bench plan has
 * (V018's defaults: quarterly reports, red after two yellows in a row), over scratch twins of the tables the
 * supervision run writes ({@code bench.task}, {@code bench.card}, {@code bench.notification}).
 */
final class PlanBaselineSql {

    private PlanBaselineSql() {
    }

    /** Twins in schema bench_load (same columns, defaults and indexes, no foreign keys) of what a plan load writes. */
    static final String[] LOAD_TWINS = {"plan", "goal", "target", "milestone", "action", "task", "task_target"};

    /** One plan's rows copied into the twins, one INSERT … SELECT per table: the floor of writing a plan. */
    static final String[] COPY_PLAN = {
        "INSERT INTO bench_load.plan SELECT * FROM plan.plan WHERE id = :plan",
        "INSERT INTO bench_load.goal SELECT * FROM plan.goal WHERE plan_id = :plan",
        "INSERT INTO bench_load.target SELECT * FROM plan.target WHERE plan_id = :plan",
        "INSERT INTO bench_load.milestone SELECT m.* FROM plan.milestone m JOIN plan.target t ON t.id = m.target_id "
                + "WHERE t.plan_id = :plan",
        "INSERT INTO bench_load.action SELECT * FROM plan.action WHERE plan_id = :plan",
        "INSERT INTO bench_load.task SELECT * FROM plan.task WHERE plan_id = :plan",
        "INSERT INTO bench_load.task_target SELECT tt.* FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id "
                + "WHERE k.plan_id = :plan",
    };

    /** Every task's status today, changes recorded, a notice for each change of a task judged before. */
    static final String STATUSES = """
            WITH judged AS (
                SELECT k.id, k.plan_id, k.code, k.text, k.status AS stored, k.status_since IS NOT NULL AS evaluated,
                       coalesce(k.lead_unit_id, p.org_unit_id) AS recipient, p.county_code, p.title,
                       CASE WHEN k.percent_done >= 100 THEN 'DONE'
                            WHEN k.deadline IS NULL THEN 'UNKNOWN'
                            WHEN :today::date > k.deadline THEN 'OVERDUE'
                            WHEN :today::date + p.warning_days >= k.deadline
                                 AND k.percent_done < p.warning_percent THEN 'AT_RISK'
                            ELSE 'ON_TRACK' END AS status
                  FROM bench.task k JOIN plan.plan p ON p.id = k.plan_id),
            changed AS (
                UPDATE bench.task k SET status = j.status, status_since = :today::date
                  FROM judged j WHERE k.id = j.id AND (j.status <> j.stored OR NOT j.evaluated)
                RETURNING k.id),
            notices AS (
                INSERT INTO bench.notification (org_unit_id, county_code, plan_id, task_id, message_key, args)
                SELECT recipient, county_code, plan_id, id, 'plan.notice.status.' || status,
                       ARRAY[title, code, CASE WHEN char_length(text) > 40 THEN left(text, 40) || '…' ELSE text END]
                  FROM judged WHERE evaluated AND status <> stored
                RETURNING 1)
            SELECT (SELECT count(*) FROM changed) AS recorded, (SELECT count(*) FROM notices) AS notices""";

    /**
     * The cards of the current quarter (each once per task, colour and period) and a notice for each new one. The
     * statuses are those {@link #STATUSES} has just recorded.
     */
    static final String CARDS = """
            WITH facts AS (
                SELECT k.id, k.plan_id, k.code, k.text, k.status, coalesce(k.lead_unit_id, p.org_unit_id) AS recipient,
                       p.county_code, p.title, p.yellow_on_at_risk AND k.status = 'AT_RISK' AS at_risk,
                       p.red_on_overdue AND k.status = 'OVERDUE' AS overdue, p.red_after_yellows,
                       p.yellow_on_late_report
                           AND :previousStart::date BETWEEN make_date(p.period_from, 1, 1) AND make_date(p.period_to, 12, 31)
                           AND (k.deadline IS NULL OR :previousStart::date < k.deadline)
                           AND :today::date > :previousEnd::date + p.report_grace_days
                           AND NOT EXISTS (SELECT 1 FROM plan.progress_report r
                                            WHERE r.task_id = k.id AND r.period = :previous
                                              AND r.state IN ('SUBMITTED', 'ACCEPTED')) AS late,
                       EXISTS (SELECT 1 FROM bench.card c WHERE c.task_id = k.id AND c.colour = 'YELLOW'
                                  AND c.period = :current) AS yellow_now,
                       EXISTS (SELECT 1 FROM bench.card c WHERE c.task_id = k.id AND c.colour = 'YELLOW'
                                  AND c.period = :previous) AS yellow_before
                  FROM bench.task k JOIN plan.plan p ON p.id = k.plan_id
                 WHERE k.status <> 'DONE'),
            due AS (
                SELECT id, 'YELLOW' AS colour, 'AT_RISK' AS reason FROM facts WHERE at_risk
                UNION ALL
                SELECT id, 'YELLOW', 'REPORT_LATE' FROM facts WHERE late AND NOT at_risk
                UNION ALL
                SELECT id, 'RED', 'OVERDUE' FROM facts WHERE overdue
                UNION ALL
                SELECT id, 'RED', 'REPEATED_YELLOW' FROM facts
                 WHERE NOT overdue AND red_after_yellows = 2 AND (at_risk OR late OR yellow_now) AND yellow_before),
            issued AS (
                INSERT INTO bench.card (plan_id, task_id, county_code, colour, reason, period, issued_on)
                SELECT f.plan_id, f.id, f.county_code, d.colour, d.reason, :current, :today::date
                  FROM due d JOIN facts f ON f.id = d.id
                ON CONFLICT (task_id, colour, period) DO NOTHING
                RETURNING task_id, colour, reason),
            notices AS (
                INSERT INTO bench.notification (org_unit_id, county_code, plan_id, task_id, message_key, args)
                SELECT f.recipient, f.county_code, f.plan_id, f.id, 'plan.notice.card.' || i.colour || '.' || i.reason,
                       ARRAY[f.title, f.code,
                             CASE WHEN char_length(f.text) > 40 THEN left(f.text, 40) || '…' ELSE f.text END, :current]
                  FROM issued i JOIN facts f ON f.id = i.task_id
                RETURNING 1)
            SELECT count(*) FILTER (WHERE colour = 'YELLOW') AS yellow, count(*) FILTER (WHERE colour = 'RED') AS red,
                   (SELECT count(*) FROM notices) AS notices
              FROM issued""";

    /** Rows on which the module's tables and the baseline's twins disagree: statuses, cards, notices. */
    static final String DIFFERENCES = """
            SELECT (SELECT count(*) FROM plan.task k JOIN bench.task b ON b.id = k.id
                     WHERE (k.status, k.status_since) IS DISTINCT FROM (b.status, b.status_since)),
                   (SELECT count(*) FROM (
                      (SELECT task_id, colour, reason, period, issued_on FROM plan.card
                       EXCEPT SELECT task_id, colour, reason, period, issued_on FROM bench.card)
                      UNION ALL
                      (SELECT task_id, colour, reason, period, issued_on FROM bench.card
                       EXCEPT SELECT task_id, colour, reason, period, issued_on FROM plan.card)) c),
                   (SELECT count(*) FROM (
                      (SELECT org_unit_id, county_code, plan_id, task_id, message_key, args FROM plan.notification
                       EXCEPT ALL SELECT org_unit_id, county_code, plan_id, task_id, message_key, args
                                    FROM bench.notification)
                      UNION ALL
                      (SELECT org_unit_id, county_code, plan_id, task_id, message_key, args FROM bench.notification
                       EXCEPT ALL SELECT org_unit_id, county_code, plan_id, task_id, message_key, args
                                    FROM plan.notification)) n)""";

    /**
     * The rows behind a plan's page, read by hand: the plan, its goals, targets, milestones, actions, tasks with
     * their lead unit, the targets they serve and this quarter's cards, and the live values of its indicators.
     */
    static final String[] PAGE_READS = {
        "SELECT p.*, u.name, u.path FROM plan.plan p JOIN org.org_unit u ON u.id = p.org_unit_id WHERE p.id = :plan",
        "SELECT * FROM plan.goal WHERE plan_id = :plan ORDER BY sort",
        "SELECT * FROM plan.target WHERE plan_id = :plan ORDER BY sort",
        "SELECT m.* FROM plan.milestone m JOIN plan.target t ON t.id = m.target_id WHERE t.plan_id = :plan",
        "SELECT * FROM plan.action WHERE plan_id = :plan ORDER BY sort",
        "SELECT k.*, u.name AS lead_unit_name FROM plan.task k LEFT JOIN org.org_unit u ON u.id = k.lead_unit_id "
                + "WHERE k.plan_id = :plan ORDER BY k.sort",
        "SELECT tt.* FROM plan.task_target tt JOIN plan.task k ON k.id = tt.task_id WHERE k.plan_id = :plan",
        "SELECT task_id, colour FROM plan.card WHERE plan_id = :plan AND period = :period",
        """
        SELECT d.code, d.name_zh, d.unit, v.value, v.no_value_reason
          FROM plan.plan p JOIN indicator.definition d ON d.code IN (
                   SELECT indicator_code FROM plan.target WHERE plan_id = p.id)
          LEFT JOIN indicator.value v ON v.definition_id = d.id AND v.school_year = :year AND v.org_unit_id = p.org_unit_id
         WHERE p.id = :plan""",
    };
}
