package org.edugov.plan;

import java.util.Locale;
import org.edugov.org.OrgDirectory;
import org.edugov.org.OrgUnit;
import org.edugov.shared.DataScope;
import org.springframework.context.ApplicationContext;

/**
 * The plan bench's way into the module's package-private page code (bench sources only, never shipped): the plan
 * page's tree as {@code PlanController.show} builds it and the public PDF as {@code PublicPlanController.pdf}
 * renders it, in Chinese, without the HTTP layer.
 */
public final class PlanBenchProbe {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final PlanQueries queries;
    private final OrgDirectory directory;
    private final PlanOverview overview;
    private final PublicReports reports;
    private final PlanPdf pdf;

    public PlanBenchProbe(ApplicationContext app) {
        this.queries = app.getBean(PlanQueries.class);
        this.directory = app.getBean(OrgDirectory.class);
        this.overview = app.getBean(PlanOverview.class);
        this.reports = app.getBean(PublicReports.class);
        this.pdf = app.getBean(PlanPdf.class);
    }

    /** The plan page's tree; returns the number of targets and tasks in it, with a live value or a status. */
    public int tree(long plan) {
        PlanQueries.PlanRow row = queries.plan(DataScope.all(0), plan).orElseThrow();
        OrgUnit org = directory.find(DataScope.all(0), row.orgUnitId()).orElseThrow();
        PlanOverview.Tree tree = overview.tree(row, org, ZH);
        return tree.targetCounts().values().stream().mapToInt(Integer::intValue).sum()
                + tree.taskCounts().values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The reads behind the public report of a published plan; returns the number of chart bars. */
    public int report(long plan) {
        return reports.report(plan, ZH).orElseThrow().bars().size();
    }

    /** The public report of a published plan as PDF bytes, reads included. */
    public byte[] pdf(long plan) {
        return pdf.render(reports.report(plan, ZH).orElseThrow(), ZH);
    }
}
