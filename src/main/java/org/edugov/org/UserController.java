package org.edugov.org;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edugov.shared.Masked;
import org.edugov.shared.UserError;
import org.edugov.spreadsheet.SheetWriter;
import org.edugov.spreadsheet.XlsxDownload;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/** User administration, limited to the administrator's scope and to roles it may grant. */
@Controller
class UserController {

    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_LIMIT = 100_000;

    private final UserAccountService service;
    private final AccountRepository accounts;
    private final OrgUnitService units;
    private final Clock clock;
    private final MessageSource messages;

    UserController(UserAccountService service, AccountRepository accounts, OrgUnitService units, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.service = service;
        this.accounts = accounts;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/org/users")
    @PreAuthorize("hasAuthority('org:user:read')")
    String list(CurrentUser user, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int p = Math.max(page, 0);
        List<UserAccount> found = accounts.search(user.scope(), q, PAGE_SIZE + 1, p * PAGE_SIZE);
        model.addAttribute("users", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("page", p);
        model.addAttribute("q", q);
        model.addAttribute("now", OffsetDateTime.now(clock));
        return "org/users";
    }

    @GetMapping("/org/users/export")
    @PreAuthorize("hasAuthority('org:user:read')")
    void export(CurrentUser user, @RequestParam(defaultValue = "") String q, Locale locale,
            HttpServletResponse response) throws IOException {
        List<UserAccount> found = accounts.search(user.scope(), q, EXPORT_LIMIT, 0);
        XlsxDownload.start(response, "users.xlsx");
        SheetWriter.table(response.getOutputStream(), messages.getMessage("nav.users", null, locale),
                Stream.of("user.username", "user.displayName", "user.org", "user.role", "user.phone", "user.status")
                        .map(k -> messages.getMessage(k, null, locale)).toList(),
                out -> found.forEach(a -> out.accept(Arrays.asList(a.username(), a.displayName(),
                        a.orgName() == null ? "" : a.orgName(),
                        messages.getMessage("role." + a.roleCode(), null, a.roleCode(), locale),
                        Masked.phone(a.phone()),
                        messages.getMessage(a.enabled() ? "user.active" : "user.disabled", null, locale)))));
    }

    @GetMapping("/org/users/new")
    @PreAuthorize("hasAuthority('org:user:write')")
    String createForm(CurrentUser user, Model model) {
        return form(user, model, UserForm.blank(user.orgUnit() == null ? null : user.orgUnit().id()), null);
    }

    @PostMapping("/org/users")
    @PreAuthorize("hasAuthority('org:user:write')")
    String create(CurrentUser user, UserForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            UserAccount created = service.create(user, form.command(assignedIds(user, form)), false);
            redirect.addFlashAttribute("noticeKey", "user.created");
            return "redirect:/org/users/" + created.id();
        } catch (UserError e) {
            return failed(user, model, response, e, new UserForm(form.username(), form.displayName(),
                    form.orgUnitId(), form.roleId(), form.phone(), form.enabled(), form.assignedCodes(), ""), null);
        }
    }

    @GetMapping("/org/users/{id}")
    @PreAuthorize("hasAuthority('org:user:read')")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        UserAccount account = service.visible(user, id);
        model.addAttribute("account", account);
        model.addAttribute("assignedCodes", assignedCodes(user, account));
        model.addAttribute("now", OffsetDateTime.now(clock));
        model.addAttribute("minPasswordLength", service.minPasswordLength());
        return "org/user";
    }

    @GetMapping("/org/users/{id}/edit")
    @PreAuthorize("hasAuthority('org:user:write')")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        UserAccount account = service.visible(user, id);
        return form(user, model, UserForm.of(account, assignedCodes(user, account)), account);
    }

    @PostMapping("/org/users/{id}")
    @PreAuthorize("hasAuthority('org:user:write')")
    String update(CurrentUser user, @PathVariable long id, UserForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        UserAccount account = service.visible(user, id);
        try {
            service.update(user, id, form.command(assignedIds(user, form)));
            redirect.addFlashAttribute("noticeKey", "user.updated");
            return "redirect:/org/users/" + id;
        } catch (UserError e) {
            return failed(user, model, response, e, form, account);
        }
    }

    @PostMapping("/org/users/{id}/password")
    @PreAuthorize("hasAuthority('org:user:write')")
    String resetPassword(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.resetPassword(user, id, password);
            redirect.addFlashAttribute("noticeKey", "user.passwordReset");
            return "redirect:/org/users/" + id;
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            return show(user, id, model);
        }
    }

    @PostMapping("/org/users/{id}/phone")
    @PreAuthorize("hasAuthority('org:user:write')")
    @ResponseBody
    String revealPhone(CurrentUser user, @PathVariable long id) {
        return HtmlUtils.htmlEscape(service.revealPhone(user, id));
    }

    @PostMapping("/org/users/{id}/unlock")
    @PreAuthorize("hasAuthority('org:user:write')")
    String unlock(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        service.unlock(user, id);
        redirect.addFlashAttribute("noticeKey", "user.unlocked");
        return "redirect:/org/users/" + id;
    }

    private String failed(CurrentUser user, Model model, HttpServletResponse response, UserError e, UserForm form,
            UserAccount editing) {
        if (e.kind() == UserError.Kind.NOT_FOUND && editing == null && form.orgUnitId() == null) {
            throw e;
        }
        FormErrors.show(model, response, e);
        return form(user, model, form, editing);
    }

    private String form(CurrentUser user, Model model, UserForm form, UserAccount editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("roles", service.grantableRoles(user));
        model.addAttribute("orgs", units.search(user, null, List.of(), 5_000));
        model.addAttribute("minPasswordLength", service.minPasswordLength());
        return "org/user-form";
    }

    private List<Long> assignedIds(CurrentUser user, UserForm form) {
        return form.codes().stream().map(code -> units.visibleByCode(user, code).id()).toList();
    }

    private String assignedCodes(CurrentUser user, UserAccount account) {
        return account.assignedUnitIds().stream().map(id -> codeOf(user, id)).filter(c -> !c.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private String codeOf(CurrentUser user, long id) {
        try {
            return units.visible(user, id).code();
        } catch (UserError outOfScope) {
            return "";
        }
    }
}
