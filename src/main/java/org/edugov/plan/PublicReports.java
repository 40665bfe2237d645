package org.edugov.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The reads behind the public report, the only plan reads without a data scope. They are scope-free because the
 * bureau decided to publish the plan (published = true): every read starts from a published plan and takes only
 * what the public may see — the plan's targets and tasks with their statuses, the lead unit's name, the progress
 * the bureau accepted and the public_text of the latest accepted report. Narratives, review comments, evidence,
 * who submitted or reviewed, reports not (yet) accepted and unpublished plans are never read here.
 */
@Service
class PublicReports {

    /** A published plan in the list. */
    record PublishedPlan(long id, String title, String orgName, String issuer, String documentNo, int periodFrom,
            int periodTo, LocalDate publishedOn) {
    }

    /** The public text of a task's latest accepted report and the period it reports on. */
    record PublishedProgress(String period, String text) {
    }

    /** One bar pair of the chart: a percentage target's live value against its target value. */
    record Bar(String label, BigDecimal current, BigDecimal target, String comparator) {

        /** The current value as a bar width in percent of the axis (0 to 100). */
        public BigDecimal currentWidth() {
            return width(current);
        }

        public BigDecimal targetWidth() {
            return width(target);
        }

        private static BigDecimal width(BigDecimal value) {
            return value.max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        }
    }

    /** Everything a public report shows, for the page and the PDF. */
    record Report(PlanQueries.PlanRow plan, PlanOverview.Tree tree, Map<Long, PublishedProgress> progress,
            List<Bar> bars, LocalDate date) {

        /** The actions, each followed by its projects, for tables that list them one after another. */
        public List<PlanOverview.ActionView> sections() {
            return tree.actions().stream().flatMap(a -> Stream.concat(Stream.of(a), a.projects().stream())).toList();
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final PlanQueries plans;
    private final OrgDirectory directory;
    private final PlanOverview overview;
    private final Clock clock;

    PublicReports(JdbcClient jdbc, PlanQueries plans, OrgDirectory directory, PlanOverview overview, Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.directory = directory;
        this.overview = overview;
        this.clock = clock;
    }

    List<PublishedPlan> published() {
        return jdbc.sql("""
                SELECT p.id, p.title, u.name, p.issuer, p.document_no, p.period_from, p.period_to, p.published_at
                  FROM plan.plan p JOIN org.unit_scope u ON u.id = p.org_unit_id
                 WHERE p.published ORDER BY u.path, p.period_from DESC, p.id""")
                .query((rs, i) -> new PublishedPlan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), date(rs.getObject(8, OffsetDateTime.class))))
                .list();
    }

    /** The report of a published plan; empty for an unpublished or missing one alike. */
    Optional<Report> report(long id, Locale locale) {
        Optional<PlanQueries.PlanRow> plan = plans.plan(DataScope.all(0), id).filter(PlanQueries.PlanRow::published);
        Optional<OrgUnit> org = plan.flatMap(p -> directory.find(DataScope.all(0), p.orgUnitId()));
        if (plan.isEmpty() || org.isEmpty()) {
            return Optional.empty();
        }
        PlanOverview.Tree tree = overview.tree(plan.get(), org.get(), locale);
        return Optional.of(new Report(plan.get(), tree, progress(id), bars(tree), LocalDate.now(clock)));
    }

    /**
     * Task id → the public text of the task's latest accepted report, where that text is not empty: what the
     * bureau accepted last is what the public reads, never an older text behind a newer accepted report. Reports
     * are indexed by task, so they are reached through the plan's tasks.
     */
    private Map<Long, PublishedProgress> progress(long plan) {
        Map<Long, PublishedProgress> out = new HashMap<>();
        jdbc.sql("""
                SELECT task_id, period, public_text FROM (
                    SELECT DISTINCT ON (r.task_id) r.task_id, r.period, r.public_text
                      FROM plan.task k JOIN plan.progress_report r ON r.task_id = k.id
                     WHERE k.plan_id = :plan AND r.state = 'ACCEPTED'
                     ORDER BY r.task_id, r.reviewed_at DESC NULLS LAST, r.id DESC) latest
                 WHERE public_text <> ''""")
                .param("plan", plan).query((RowCallbackHandler) rs -> out.put(rs.getLong(1),
                        new PublishedProgress(rs.getString(2), rs.getString(3))));
        return out;
    }

    private LocalDate date(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    /** The percentage targets with a live value, which share one axis from 0 to 100. */
    private static List<Bar> bars(PlanOverview.Tree tree) {
        return tree.goals().stream().flatMap(g -> g.targets().stream())
                .filter(v -> v.current() != null && v.current().value() != null && !v.target().qualitative()
                        && v.current().unit().equals("PERCENT"))
                .map(v -> new Bar(v.current().name() + (v.target().dueYear() == null ? "" : " " + v.target().dueYear()),
                        v.current().value(), v.target().value(), v.target().comparator()))
                .toList();
    }
}
