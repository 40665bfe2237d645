package org.edugov.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.edugov.org.CurrentUser;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan's timeline of deadlines ({@link Timeline}), filtered by lead unit and status; an htmx request gets only
 * the timeline, so the filter form can swap it in place.
 */
@Controller
class PlanTimelineController {

    private final PlanQueries plans;
    private final Clock clock;

    PlanTimelineController(PlanQueries plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/timeline")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String timeline(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String lead,
            @RequestParam(required = false) String status, HttpServletRequest request, Model model) {
        PlanQueries.PlanRow plan = plans.visible(user.scope(), id);
        Status chosen = status(status);
        String chosenLead = lead == null || lead.isBlank() ? null : lead;
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> actions = plans.actions(id).stream()
                .collect(Collectors.toMap(PlanQueries.ActionRow::id, PlanQueries.ActionRow::title));
        List<Timeline.Entry> entries = plans.tasks(id).stream().map(k -> new Timeline.Entry(
                new PlanOverview.TaskView(k, PlanOverview.task(plan, k, today)), actions.get(k.actionId()))).toList();
        model.addAttribute("plan", plan);
        model.addAttribute("timeline", Timeline.of(entries, chosenLead, chosen));
        model.addAttribute("total", entries.size());
        model.addAttribute("leads", Timeline.leads(entries));
        model.addAttribute("statuses", List.of(Status.values()));
        model.addAttribute("lead", chosenLead);
        model.addAttribute("status", chosen);
        return request.getHeader("HX-Request") != null ? "plan/timeline :: timeline" : "plan/timeline";
    }

    private static Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(Status.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> UserError.invalid("plan.status.invalid", status));
    }
}
