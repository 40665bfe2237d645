package org.edugov.org;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.edugov.shared.Permissions;
import org.edugov.shared.ScopeType;
import org.edugov.shared.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Roles and what each grants; custom roles can be defined within the editor's own permissions. */
@Controller
class RoleController {

    private final RoleRepository roles;
    private final RoleService service;

    RoleController(RoleRepository roles, RoleService service) {
        this.roles = roles;
        this.service = service;
    }

    @GetMapping("/org/roles")
    @PreAuthorize("hasAuthority('org:role:read')")
    String list(Model model) {
        model.addAttribute("roles", roles.findAll());
        model.addAttribute("permissions", Permissions.ALL);
        return "org/roles";
    }

    @GetMapping("/org/roles/new")
    @PreAuthorize("hasAuthority('org:role:write')")
    String createForm(CurrentUser user, Model model) {
        return form(user, model, new RoleCommand("", "", "", ScopeType.SUBTREE, List.of()), null);
    }

    @PostMapping("/org/roles")
    @PreAuthorize("hasAuthority('org:role:write')")
    String create(CurrentUser user, RoleCommand form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.create(user, form);
            redirect.addFlashAttribute("noticeKey", "role.saved");
            return "redirect:/org/roles";
        } catch (UserError e) {
            return failed(user, model, response, e, form, null);
        }
    }

    @GetMapping("/org/roles/{id}/edit")
    @PreAuthorize("hasAuthority('org:role:write')")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        Role role = editable(id);
        return form(user, model, new RoleCommand(role.code(), role.nameZh(), role.nameEn(), role.scopeType(),
                List.copyOf(role.permissions())), role);
    }

    @PostMapping("/org/roles/{id}")
    @PreAuthorize("hasAuthority('org:role:write')")
    String update(CurrentUser user, @PathVariable long id, RoleCommand form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Role role = editable(id);
        try {
            service.update(user, id, form);
            redirect.addFlashAttribute("noticeKey", "role.saved");
            return "redirect:/org/roles";
        } catch (UserError e) {
            return failed(user, model, response, e, form, role);
        }
    }

    private Role editable(long id) {
        Role role = roles.find(id).orElseThrow(() -> UserError.notFound("role.notFound", id));
        if (role.builtin()) {
            throw UserError.invalid("role.builtin.readOnly");
        }
        return role;
    }

    private String failed(CurrentUser user, Model model, HttpServletResponse response, UserError e, RoleCommand form,
            Role editing) {
        FormErrors.show(model, response, e);
        return form(user, model, form, editing);
    }

    private String form(CurrentUser user, Model model, RoleCommand form, Role editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("permissions", Permissions.ALL.stream().filter(user::has).toList());
        model.addAttribute("scopes", Arrays.stream(ScopeType.values())
                .filter(s -> s != ScopeType.NONE && user.scope().type().covers(s)).toList());
        return "org/role-form";
    }
}
