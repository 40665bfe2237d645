package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 约谈 list: red cards of every plan in the user's scope, those waiting for a 约谈 first, and recording one. */
@Controller
class InterviewController {

    private static final int PENDING_SHOWN = 500;
    private static final int RECORDED_SHOWN = 100;

    private final CardQueries cards;
    private final CardService service;
    private final Clock clock;

    InterviewController(CardQueries cards, CardService service, Clock clock) {
        this.cards = cards;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/plans/interviews")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String list(CurrentUser user, Model model) {
        model.addAttribute("pending", cards.pendingInterviews(user.scope(), PENDING_SHOWN));
        model.addAttribute("recorded", cards.recordedInterviews(user.scope(), RECORDED_SHOWN));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("maxNote", CardService.MAX_NOTE_LENGTH);
        return "plan/interviews";
    }

    @PostMapping("/plans/interviews/{cardId}")
    @PreAuthorize("hasAuthority('plan:progress:review')")
    String record(CurrentUser user, @PathVariable long cardId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate interviewOn,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.recordInterview(user, cardId, interviewOn, note, LocalDate.now(clock));
            redirect.addFlashAttribute("noticeKey", "plan.interview.saved");
            return "redirect:/plans/interviews";
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            model.addAttribute("failedCard", cardId);
            model.addAttribute("failedDate", interviewOn);
            model.addAttribute("failedNote", note);
            return list(user, model);
        }
    }
}
