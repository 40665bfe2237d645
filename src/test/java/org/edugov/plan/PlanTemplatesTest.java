package org.edugov.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The five seed plans transcribed as templates (src/main/resources/plans/, format in docs/PLAN-FORMAT.md):
 * the counts established by reading each seed, unique codes, links that resolve, indicator bindings that exist
 * in the catalog and agree with the indicator's direction, and deadlines that are dates.
 */
class PlanTemplatesTest {

    /** Counts read from the seeds (quantified targets, qualitative targets, actions, projects, tasks). */
    record Counts(int quantified, int qualitative, int actions, int projects, int tasks) {
    }

    static final Map<String, Counts> SEEDS = Map.of(
            // 000 保山: 二、新增目标 and the 行动目标 / 实施路径 of 三、新增任务 (一)–(五); 四、工作要求 (二) for funding
            "BAOSHAN_2024", new Counts(37, 9, 5, 12, 31),
            // 001 平顶山 平教体基〔2024〕35号: 二、目标要求 and the quantified items of 三、具体行动 (一)–(八)
            "PINGDINGSHAN_2024", new Counts(11, 9, 8, 0, 25),
            // 002 港南区 港南政办通〔2018〕44号: 一、总体要求 (三)总体目标 and 二、主要措施 (一)–(六)
            "GANGNAN_2018", new Counts(21, 3, 6, 0, 21),
            // 003 盘锦 盘政办发〔2022〕26号: 三、发展目标, 四、主要任务 (一)–(八) with 专栏1–10, 五、保障措施 (一)–(五)
            "PANJIN_14TH_FYP", new Counts(42, 20, 13, 10, 79),
            // 004 教育高质量发展三年行动计划(2023—2025年): its 目标 and the sections (一)–(八) with 四、保障措施
            "EDU_HQ_3YEAR_2023", new Counts(8, 10, 11, 0, 28));

    @Test
    void everySeedHasATemplate() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.yaml");
        List<String> codes = new ArrayList<>();
        for (Resource r : files) {
            codes.add(String.valueOf(load(r).get("code")));
        }
        assertThat(codes).containsExactlyInAnyOrderElementsOf(SEEDS.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BAOSHAN_2024", "PINGDINGSHAN_2024", "GANGNAN_2018", "PANJIN_14TH_FYP", "EDU_HQ_3YEAR_2023"})
    void templateHoldsWhatTheSeedSaysAndItsLinksResolve(String code) throws IOException {
        Map<String, Object> plan = load(new PathMatchingResourcePatternResolver().getResource(
                "classpath:plans/" + code + ".yaml"));
        Map<String, String> directions = indicatorDirections();
        Set<String> codes = new HashSet<>();
        Set<String> targets = new HashSet<>();
        int quantified = 0;
        int qualitative = 0;
        for (Map<String, Object> goal : list(plan, "goals")) {
            assertThat(codes.add(String.valueOf(goal.get("code")))).as("unique " + goal.get("code")).isTrue();
            for (Map<String, Object> t : list(goal, "targets")) {
                String target = String.valueOf(t.get("code"));
                assertThat(codes.add(target)).as("unique " + target).isTrue();
                targets.add(target);
                assertThat(String.valueOf(t.get("text"))).as(target).isNotBlank();
                if (Boolean.TRUE.equals(t.get("qualitative"))) {
                    qualitative++;
                    assertThat(t.get("value")).as(target + " qualitative has no value").isNull();
                } else {
                    quantified++;
                    assertThat(t.get("value")).as(target + " value").isInstanceOf(Number.class);
                    assertThat(String.valueOf(t.get("comparator"))).as(target).isIn(">=", "<=", "=");
                }
                Object indicator = t.get("indicator");
                if (indicator != null) {
                    assertThat(directions).as(target + " binds a catalog indicator").containsKey(indicator.toString());
                    String comparator = String.valueOf(t.get("comparator"));
                    if (t.get("comparator") != null) {
                        assertThat(comparator).as(target + " agrees with the indicator's direction")
                                .isIn(directions.get(indicator.toString()).equals("HIGHER") ? List.of(">=", "=")
                                        : List.of("<=", "="));
                    }
                }
                if (t.get("year") != null) {
                    assertThat(((Number) t.get("year")).intValue()).as(target + " year").isBetween(2015, 2035);
                }
            }
        }
        int projects = 0;
        int tasks = 0;
        List<Map<String, Object>> allTasks = new ArrayList<>();
        for (Map<String, Object> action : list(plan, "actions")) {
            assertThat(codes.add(String.valueOf(action.get("code")))).as("unique " + action.get("code")).isTrue();
            allTasks.addAll(list(action, "tasks"));
            for (Map<String, Object> project : list(action, "projects")) {
                projects++;
                assertThat(codes.add(String.valueOf(project.get("code")))).as("unique " + project.get("code")).isTrue();
                allTasks.addAll(list(project, "tasks"));
            }
        }
        for (Map<String, Object> task : allTasks) {
            tasks++;
            String taskCode = String.valueOf(task.get("code"));
            assertThat(codes.add(taskCode)).as("unique " + taskCode).isTrue();
            assertThat(String.valueOf(task.get("text"))).as(taskCode).isNotBlank();
            for (Object served : task.get("serves") instanceof List<?> l ? l : List.of()) {
                assertThat(targets).as(taskCode + " serves").contains(String.valueOf(served));
            }
            if (task.get("deadline") != null) {
                assertThat(LocalDate.parse(String.valueOf(task.get("deadline")))).as(taskCode + " deadline").isNotNull();
            }
        }
        Counts expected = SEEDS.get(code);
        assertThat(new Counts(quantified, qualitative, list(plan, "actions").size(), projects, tasks))
                .as(code + " against the counts read from the seed").isEqualTo(expected);
        assertThat(((Number) plan.get("period_from")).intValue())
                .isLessThanOrEqualTo(((Number) plan.get("period_to")).intValue());
        assertThat(String.valueOf(plan.get("level"))).isIn("CITY", "COUNTY");
    }

    private static Map<String, String> indicatorDirections() throws IOException {
        Map<String, String> directions = new HashMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:indicators/*.yaml")) {
            Map<String, Object> d = load(r);
            directions.put(String.valueOf(d.get("code")), String.valueOf(d.get("direction")));
        }
        return directions;
    }

    private static Map<String, Object> load(Resource r) throws IOException {
        try (InputStream in = r.getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> node, String key) {
        Object v = node.get(key);
        return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }
}
