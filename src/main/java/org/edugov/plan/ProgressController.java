package org.edugov.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.edugov.org.CurrentUser;
import org.edugov.org.FormErrors;
import org.edugov.shared.UserError;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task owner's side of progress: "my tasks" across all plans, a task's page with its report history and the
 * report form, submitting a report with evidence files, and downloading an evidence file. Who may see what is
 * decided by {@link TaskAccess}; a task or file the user may not see answers 404.
 */
@Controller
class ProgressController {

    private final ProgressPages pages;
    private final ProgressService service;
    private final ProgressQueries progress;
    private final TaskAccess access;
    private final MyTasks myTasks;
    private final EvidenceFiles evidenceFiles;

    ProgressController(ProgressPages pages, ProgressService service, ProgressQueries progress, TaskAccess access,
            MyTasks myTasks, EvidenceFiles evidenceFiles) {
        this.pages = pages;
        this.service = service;
        this.progress = progress;
        this.access = access;
        this.myTasks = myTasks;
        this.evidenceFiles = evidenceFiles;
    }

    @GetMapping("/plans/my-tasks")
    @PreAuthorize("hasAuthority('plan:progress:report')")
    String myTasks(CurrentUser user, Locale locale, Model model) {
        model.addAttribute("rows", myTasks.of(user, locale));
        return "plan/my-tasks";
    }

    @GetMapping("/plans/{planId}/tasks/{taskId}")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    String task(CurrentUser user, @PathVariable long planId, @PathVariable long taskId, Locale locale, Model model) {
        return pages.task(user, planId, taskId, null, locale, model);
    }

    @PostMapping("/plans/{planId}/tasks/{taskId}/reports")
    @PreAuthorize("hasAuthority('plan:progress:report')")
    String report(CurrentUser user, @PathVariable long planId, @PathVariable long taskId,
            ProgressService.ReportForm form,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.submit(user, planId, taskId, form, evidence);
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            return pages.task(user, planId, taskId, form, locale, model);
        }
        redirect.addFlashAttribute("noticeKey", "plan.report.submitted");
        return "redirect:/plans/" + planId + "/tasks/" + taskId;
    }

    /** An evidence file as an attachment ({@link EvidenceFiles#download}). */
    @GetMapping("/plans/{planId}/evidence/{evidenceId}")
    @PreAuthorize("hasAuthority('plan:plan:read')")
    ResponseEntity<byte[]> evidence(CurrentUser user, @PathVariable long planId, @PathVariable long evidenceId) {
        ProgressQueries.EvidenceFile file = progress.evidence(planId, evidenceId)
                .filter(f -> access.mayRead(user, planId, f.leadUnitId()))
                .orElseThrow(() -> UserError.notFound("plan.evidence.notFound", evidenceId));
        return evidenceFiles.download(user.actor(), "Evidence", file.id(), file.planPath(), file.fileName(),
                file.contentType());
    }
}
