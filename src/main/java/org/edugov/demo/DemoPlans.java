package org.edugov.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.edugov.org.CurrentUser;
import org.edugov.org.CurrentUserResolver;
import org.edugov.plan.Plans;

/**
 * The demo city's plans at work, done the way a bureau would through the pages: the 盘锦-style five-year plan and
 * the 保山-style action plan loaded for the city; the tasks the seed texts leave without a lead unit but whose
 * subject is plainly another department's (经费 → 财政局, 编制 → 编办 …) handed to those departments — a demo
 * choice, the templates themselves never name a unit the text does not —; the 财政局 reporting progress on two of
 * its tasks, one report accepted by the bureau and one waiting for review; the five-year plan published and broken
 * down to the first two counties (分解到县).
 */
final class DemoPlans {

    /** The plans, by template code, with the task codes given to each department (by its code prefix). */
    private static final Map<String, Map<String, String>> PLANS = new LinkedHashMap<>();

    static {
        PLANS.put("PANJIN_14TH_FYP", Map.of("A10K1", "CZJ", "A10K2", "CZJ", "A10P1K1", "CZJ", "A7K2", "BB",
                "A6K1", "RSJ", "A2K1", "ZJJ"));
        PLANS.put("BAOSHAN_2024", Map.of("A2P1K1", "CZJ", "A2P2K1", "CZJ", "A3P1K1", "BB", "A3P1K3", "ZRZYJ",
                "A3P2K1", "ZJJ"));
    }

    /** The county codes of the first two counties under the city: the city code's prefix and these digits. */
    private static final List<String> FIRST_COUNTIES = List.of("01", "02");

    private final Plans plans;
    private final CurrentUserResolver users;

    DemoPlans(Plans plans, CurrentUserResolver users) {
        this.plans = plans;
        this.users = users;
    }

    /**
     * Loads and runs the plans for the city; {@code unitId} finds a unit's id by its code.
     *
     * @return the ids of the plans loaded, in template order
     */
    List<Long> load(String cityCode, Function<String, Long> unitId) {
        CurrentUser bureau = account("city_admin");
        long city = unitId.apply(cityCode);
        List<Long> loaded = PLANS.entrySet().stream().map(e -> {
            long plan = plans.load(bureau, e.getKey(), city);
            Map<String, Long> leads = new LinkedHashMap<>();
            e.getValue().forEach((task, department) -> leads.put(task,
                    unitId.apply(DemoRegions.departmentCode(department, cityCode))));
            plans.assignLeads(bureau, plan, leads);
            return plan;
        }).toList();
        CurrentUser finance = account("finance");
        long fiveYear = loaded.getFirst();
        long accepted = plans.report(finance, fiveYear, "A10K1", 60,
                "市级财政已按生均标准足额拨付学前教育和义务教育公用经费，高中生均公用经费标准调整方案已报市政府。",
                "生均公用经费按标准足额拨付；高中生均公用经费标准调整方案已报批。");
        plans.review(bureau, fiveYear, accepted, true, "情况属实，请继续跟进高中标准调整。");
        plans.report(finance, loaded.get(1), "A2P2K1", 40,
                "已安排学前教育发展专项资金，部分县区配套资金尚未到位，正在督促。", "");
        plans.publish(bureau, fiveYear);
        // the five-year plan broken down to the first two counties, as 分解到县 from its page would
        plans.breakdown(bureau, fiveYear, FIRST_COUNTIES.stream().map(suffix -> unitId.apply(cityCode.substring(0, 4)
                + suffix)).toList());
        return loaded;
    }

    private CurrentUser account(String username) {
        return users.account(username).orElseThrow(() -> new IllegalStateException("demo account missing: "
                + username));
    }
}
