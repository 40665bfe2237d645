package org.edugov.org;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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

/** Org tree pages: browse, create, edit, move with an effective date, deactivate. */
@Controller
class OrgUnitController {

    private static final int SEARCH_LIMIT = 50;

    private final OrgUnitService service;
    private final Clock clock;

    OrgUnitController(OrgUnitService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/org/units")
    @PreAuthorize("hasAuthority('org:unit:read')")
    String index(CurrentUser user) {
        List<OrgUnit> roots = service.scopeRoots(user);
        if (roots.isEmpty()) {
            throw UserError.notFound("org.unit.noneInScope");
        }
        return "redirect:/org/units/" + roots.getFirst().id();
    }

    @GetMapping("/org/units/{id}")
    @PreAuthorize("hasAuthority('org:unit:read')")
    String show(CurrentUser user, @PathVariable long id, Model model) {
        OrgUnit unit = service.visible(user, id);
        model.addAttribute("unit", unit);
        model.addAttribute("lineage", service.lineage(unit).stream()
                .filter(u -> user.scope().permits(u.path())).toList());
        model.addAttribute("roots", service.nodes(service.scopeRoots(user)));
        model.addAttribute("children", service.children(user, id, true));
        model.addAttribute("childKinds", childKinds(unit));
        model.addAttribute("today", LocalDate.now(clock));
        return "org/unit";
    }

    @GetMapping("/org/units/{id}/children")
    @PreAuthorize("hasAuthority('org:unit:read')")
    String children(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("nodes", service.children(user, id, false));
        return "org/tree :: nodes";
    }

    @GetMapping("/org/units/search")
    @PreAuthorize("hasAuthority('org:unit:read')")
    String search(CurrentUser user, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("results", q.isBlank() ? List.of() : service.search(user, q, List.of(), SEARCH_LIMIT));
        return "org/tree :: results";
    }

    @GetMapping("/org/units/new")
    @PreAuthorize("hasAuthority('org:unit:write')")
    String createForm(CurrentUser user, @RequestParam long parentId, @RequestParam OrgUnitKind kind, Model model) {
        OrgUnit parent = service.visible(user, parentId);
        return form(model, new OrgUnitForm(kind, "", "", null, parent.id()), parent, null);
    }

    @PostMapping("/org/units")
    @PreAuthorize("hasAuthority('org:unit:write')")
    String create(CurrentUser user, OrgUnitForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.kind() == null) {
            throw UserError.invalid("org.unit.kind.required");
        }
        OrgUnit parent = form.parentId() == null ? null : service.visible(user, form.parentId());
        try {
            OrgUnit created = service.create(user, form.command(), LocalDate.now(clock));
            redirect.addFlashAttribute("noticeKey", "org.unit.created");
            return "redirect:/org/units/" + created.id();
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return form(model, form, parent, null);
        }
    }

    @GetMapping("/org/units/{id}/edit")
    @PreAuthorize("hasAuthority('org:unit:write')")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        OrgUnit unit = service.visible(user, id);
        return form(model, OrgUnitForm.of(unit), null, unit);
    }

    @PostMapping("/org/units/{id}")
    @PreAuthorize("hasAuthority('org:unit:write')")
    String update(CurrentUser user, @PathVariable long id, OrgUnitForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OrgUnit unit = service.visible(user, id);
        try {
            service.update(user, id, form.command());
            redirect.addFlashAttribute("noticeKey", "org.unit.updated");
            return "redirect:/org/units/" + id;
        } catch (UserError e) {
            FormErrors.show(model, response, e);
            return form(model, new OrgUnitForm(unit.kind(), form.code(), form.name(), form.schoolType(),
                    unit.parentId()), null, unit);
        }
    }

    @GetMapping("/org/units/{id}/move")
    @PreAuthorize("hasAuthority('org:unit:write')")
    String moveForm(CurrentUser user, @PathVariable long id, Model model) {
        OrgUnit unit = service.visible(user, id);
        model.addAttribute("unit", unit);
        model.addAttribute("candidates", service.search(user, null,
                unit.kind().allowedParents().stream().map(Enum::name).toList(), 2_000));
        model.addAttribute("effectiveDate", LocalDate.now(clock));
        return "org/unit-move";
    }

    @PostMapping("/org/units/{id}/move")
    @PreAuthorize("hasAuthority('org:unit:write')")
    String move(CurrentUser user, @PathVariable long id, @RequestParam String newParentCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            OrgUnit target = service.visibleByCode(user, newParentCode);
            service.move(user, id, target.id(), effectiveDate);
            redirect.addFlashAttribute("noticeKey", "org.unit.moved");
            return "redirect:/org/units/" + id;
        } catch (UserError e) {
            OrgUnit unit = service.visible(user, id);
            FormErrors.show(model, response, e);
            model.addAttribute("unit", unit);
            model.addAttribute("candidates", service.search(user, null,
                    unit.kind().allowedParents().stream().map(Enum::name).toList(), 2_000));
            model.addAttribute("effectiveDate", effectiveDate);
            model.addAttribute("newParentCode", newParentCode);
            return "org/unit-move";
        }
    }

    @PostMapping("/org/units/{id}/deactivate")
    @PreAuthorize("hasAuthority('org:unit:write')")
    String deactivate(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            service.deactivate(user, id, on, reason);
            redirect.addFlashAttribute("noticeKey", "org.unit.deactivated");
            return "redirect:/org/units/" + id;
        } catch (UserError e) {
            if (e.kind() == UserError.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, response, e);
            return show(user, id, model);
        }
    }

    private String form(Model model, OrgUnitForm form, OrgUnit parent, OrgUnit editing) {
        model.addAttribute("form", form);
        model.addAttribute("parent", parent);
        model.addAttribute("editing", editing);
        return "org/unit-form";
    }

    private static List<OrgUnitKind> childKinds(OrgUnit unit) {
        return Arrays.stream(OrgUnitKind.values())
                .filter(k -> k.allowedParents().contains(unit.kind())).toList();
    }
}
