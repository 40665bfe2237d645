package org.edugov.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan as transcribed from a seed (src/main/resources/plans/, docs/PLAN-FORMAT.md): goals with targets,
 * actions with projects and tasks. Read from the YAML maps; what the seed does not give stays empty.
 */
record PlanTemplate(String code, String title, String issuer, String documentNo, String publishedOn, int periodFrom,
        int periodTo, String level, List<Goal> goals, List<Action> actions) {

    record Goal(String code, String section, String title, List<Target> targets) {
    }

    record Target(String code, String text, String indicator, String comparator, BigDecimal value, String unit,
            Integer year, Integer baselineYear, BigDecimal baselineValue, boolean qualitative, List<String> conditions,
            List<Milestone> milestones) {
    }

    record Milestone(int year, BigDecimal value) {
    }

    record Action(String code, String section, String title, List<Action> projects, List<Task> tasks) {
    }

    record Task(String code, String text, String lead, List<String> co, LocalDate deadline, String deadlineText,
            List<String> deliverables, List<String> serves) {
    }

    int targetCount() {
        return goals.stream().mapToInt(g -> g.targets().size()).sum();
    }

    int taskCount() {
        return actions.stream().mapToInt(a -> a.tasks().size()
                + a.projects().stream().mapToInt(p -> p.tasks().size()).sum()).sum();
    }

    static PlanTemplate of(Map<String, Object> doc) {
        List<Goal> goals = new ArrayList<>();
        for (Map<String, Object> g : list(doc, "goals")) {
            List<Target> targets = new ArrayList<>();
            for (Map<String, Object> t : list(g, "targets")) {
                Map<String, Object> baseline = map(t, "baseline");
                List<Milestone> milestones = list(t, "milestones").stream()
                        .map(m -> new Milestone(number(m, "year").intValue(), decimal(m, "value"))).toList();
                targets.add(new Target(text(t, "code"), text(t, "text"), blankToNull(text(t, "indicator")),
                        blankToNull(text(t, "comparator")), decimal(t, "value"), blankToNull(text(t, "unit")),
                        integer(t, "year"), baseline == null ? null : integer(baseline, "year"),
                        baseline == null ? null : decimal(baseline, "value"), Boolean.TRUE.equals(t.get("qualitative")),
                        strings(t, "conditions"), milestones));
            }
            goals.add(new Goal(text(g, "code"), text(g, "section"), text(g, "title"), targets));
        }
        List<Action> actions = list(doc, "actions").stream().map(PlanTemplate::action).toList();
        return new PlanTemplate(text(doc, "code"), text(doc, "title"), text(doc, "issuer"), text(doc, "document_no"),
                text(doc, "published_on"), number(doc, "period_from").intValue(), number(doc, "period_to").intValue(),
                text(doc, "level"), goals, actions);
    }

    private static Action action(Map<String, Object> a) {
        List<Task> tasks = list(a, "tasks").stream().map(t -> new Task(text(t, "code"), text(t, "text"),
                text(t, "lead"), strings(t, "co"), t.get("deadline") == null ? null
                        : LocalDate.parse(String.valueOf(t.get("deadline"))), text(t, "deadline_text"),
                strings(t, "deliverables"), strings(t, "serves"))).toList();
        return new Action(text(a, "code"), text(a, "section"), text(a, "title"),
                list(a, "projects").stream().map(PlanTemplate::action).toList(), tasks);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> node, String key) {
        return node.get(key) instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> node, String key) {
        return node.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private static List<String> strings(Map<String, Object> node, String key) {
        return node.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    private static String text(Map<String, Object> node, String key) {
        Object v = node.get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Number number(Map<String, Object> node, String key) {
        return (Number) node.get(key);
    }

    private static Integer integer(Map<String, Object> node, String key) {
        return node.get(key) instanceof Number n ? n.intValue() : null;
    }

    private static BigDecimal decimal(Map<String, Object> node, String key) {
        return node.get(key) instanceof Number n ? new BigDecimal(n.toString()) : null;
    }
}
