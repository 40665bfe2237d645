package org.edugov.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transfer inbox, request form and the transfer page with its approval steps. */
@Controller
class TransferController {

    private static final int PAGE_SIZE = 50;

    private final TransferService transfers;
    private final SchoolQueries schools;

    TransferController(TransferService transfers, SchoolQueries schools) {
        this.transfers = transfers;
        this.schools = schools;
    }

    @GetMapping("/registry/transfers")
    @PreAuthorize("hasAuthority('registry:pupil:read')")
    String inbox(CurrentUser user, @RequestParam(defaultValue = "") String state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(page, 0);
        List<TransferView> found = transfers.list(user, state, PAGE_SIZE + 1, p * PAGE_SIZE);
        List<TransferView> rows = found.stream().limit(PAGE_SIZE).toList();
        model.addAttribute("transfers", rows);
        model.addAttribute("mine", rows.stream().filter(t -> transfers.canDecide(user, t)).toList());
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("state", state);
        model.addAttribute("states", TransferState.values());
        return "registry/transfers";
    }

    @GetMapping("/registry/transfers/new")
    @PreAuthorize("hasAuthority('registry:transfer:request')")
    String form(CurrentUser user, @RequestParam(defaultValue = "") String studentNo,
            @RequestParam(defaultValue = "") String name, Model model) {
        model.addAttribute("studentNo", studentNo);
        model.addAttribute("name", name);
        model.addAttribute("match", transfers.lookup(studentNo, name).orElse(null));
        model.addAttribute("looked", !studentNo.isBlank() || !name.isBlank());
        model.addAttribute("schools", schools.search(user.scope(), null, null, 2_000, 0));
        return "registry/transfer-form";
    }

    @PostMapping("/registry/transfers")
    @PreAuthorize("hasAuthority('registry:transfer:request')")
    String request(CurrentUser user, @RequestParam(defaultValue = "") String studentNo,
            @RequestParam(defaultValue = "") String name, @RequestParam(required = false) Long toSchoolId,
            @RequestParam(defaultValue = "") String toGrade, @RequestParam(defaultValue = "") String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            long id = transfers.request(user, studentNo, name, toSchoolId, toGrade, reason);
            redirect.addFlashAttribute("noticeKey", "transfer.requested");
            return "redirect:/registry/transfers/" + id;
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return form(user, studentNo, name, model);
        }
    }

    @GetMapping("/registry/transfers/{id}")
    @PreAuthorize("hasAuthority('registry:pupil:read')")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        TransferView t = transfers.view(user, id);
        model.addAttribute("transfer", t);
        model.addAttribute("canDecide", transfers.canDecide(user, t));
        model.addAttribute("canCancel", t.state().open() && t.requestedBy().equals(user.username()));
        return "registry/transfer";
    }

    @PostMapping("/registry/transfers/{id}/decision")
    @PreAuthorize("hasAuthority('registry:transfer:approve')")
    String decide(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            TransferState next = transfers.decide(user, id, approve, comment);
            redirect.addFlashAttribute("noticeKey", "transfer.decided." + next.name());
            return "redirect:/registry/transfers/" + id;
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            return show(user, id, model);
        }
    }

    @PostMapping("/registry/transfers/{id}/cancel")
    @PreAuthorize("hasAuthority('registry:transfer:request')")
    String cancel(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        transfers.cancel(user, id);
        redirect.addFlashAttribute("noticeKey", "transfer.cancelled");
        return "redirect:/registry/transfers/" + id;
    }
}
