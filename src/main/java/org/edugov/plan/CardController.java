package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's card board (the 红黄牌 of the current reporting period, then the earlier ones), the on-demand supervision
 * run (立即检查) and the form for the plan's 红黄牌 rules.
 */
@Controller
class CardController {

    /**
     * The rules form as typed: numbers stay text until {@link CardRules#parse} checks them; an unticked box is
     * absent (null).
     */
    record RulesForm(String reportEvery, String reportGraceDays, String warningDays, String warningPercent,
            Boolean yellowOnAtRisk, Boolean yellowOnLateReport, Boolean redOnOverdue, String redAfterYellows) {

        static RulesForm of(CardRules r) {
            return new RulesForm(r.reportEvery().name(), String.valueOf(r.reportGraceDays()),
                    String.valueOf(r.warningDays()), String.valueOf(r.warningPercent()), r.yellowOnAtRisk(),
                    r.yellowOnLateReport(), r.redOnOverdue(), String.valueOf(r.redAfterYellows()));
        }

        CardRules rules() {
            return CardRules.parse(reportEvery, reportGraceDays, warningDays, warningPercent,
                    Boolean.TRUE.equals(yellowOnAtRisk), Boolean.TRUE.equals(yellowOnLateReport),
                    Boolean.TRUE.equals(redOnOverdue), redAfterYellows);
        }
    }

    private static final int EARLIER_SHOWN = 200;

    private final PlanQueries plans;
    private final CardQueries cards;
    private final CardService service;
    private final PlanSupervision supervision;
    private final Clock clock;

    CardController(PlanQueries plans, CardQueries cards, CardService service, PlanSupervision supervision,
            Clock clock) {
        this.plans = plans;
        this.cards = cards;
        this.service = service;
        this.supervision = supervision;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/cards")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String board(CurrentUser user, @PathVariable long id, Model model) {
        PlanQueries.PlanRow plan = visible(user, id);
        String current = ReportPeriod.of(plan.reportEvery(), LocalDate.now(clock)).label();
        Map<Long, CardQueries.CardRow> now = new LinkedHashMap<>();
        List<CardQueries.CardRow> all = cards.cards(id);
        all.stream().filter(c -> c.period().equals(current)).forEach(c -> now.putIfAbsent(c.taskId(), c));
        model.addAttribute("plan", plan);
        model.addAttribute("rules", cards.rules(id));
        model.addAttribute("period", current);
        model.addAttribute("current", List.copyOf(now.values()));
        model.addAttribute("red", now.values().stream().filter(c -> c.colour() == CardRules.Colour.RED).count());
        model.addAttribute("yellow", now.values().stream().filter(c -> c.colour() == CardRules.Colour.YELLOW).count());
        model.addAttribute("earlier", all.stream().filter(c -> !c.period().equals(current)).limit(EARLIER_SHOWN)
                .toList());
        return "plan/cards";
    }

    /** 立即检查: the supervision run for this plan today, as the daily run would do it. */
    @PostMapping("/plans/{id}/supervision")
    @PreAuthorize("hasAuthority('plan:progress:review')")
    String check(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        visible(user, id);
        PlanSupervision.Result result = supervision.run(id, LocalDate.now(clock), user.actor());
        redirect.addFlashAttribute("checked", result);
        return "redirect:/plans/" + id + "/cards";
    }

    @GetMapping("/plans/{id}/rules")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String rules(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("plan", visible(user, id));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RulesForm.of(cards.rules(id)));
        }
        model.addAttribute("everyChoices", ReportPeriod.Every.values());
        model.addAttribute("maxGraceDays", CardRules.MAX_GRACE_DAYS);
        model.addAttribute("maxWarningDays", CardRules.MAX_WARNING_DAYS);
        model.addAttribute("maxRedAfterYellows", CardRules.MAX_RED_AFTER_YELLOWS);
        return "plan/rules";
    }

    @PostMapping("/plans/{id}/rules")
    @PreAuthorize("hasAuthority('plan:plan:write')")
    String saveRules(CurrentUser user, @PathVariable long id, RulesForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        visible(user, id);
        try {
            service.saveRules(user, id, form.rules());
            redirect.addFlashAttribute("noticeKey", "plan.rules.saved");
            return "redirect:/plans/" + id + "/cards";
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            model.addAttribute("form", form);
            return rules(user, id, model);
        }
    }

    private PlanQueries.PlanRow visible(CurrentUser user, long id) {
        return plans.visible(user.scope(), id);
    }
}
