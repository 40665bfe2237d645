package org.edugov.audit;

import java.time.LocalDate;
import java.util.List;
import org.edugov.shared.DataScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Audit search, limited to events about org units inside the user's scope (and its own actions for SELF). */
@Controller
class AuditController {

    private final AuditRepository repository;

    AuditController(AuditRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAuthority('audit:log:read')")
    String search(DataScope scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery query = new AuditQuery(from, to, actor, action, entityType, entityId, page);
        List<AuditEventView> found = repository.search(query, scope);
        model.addAttribute("query", query);
        model.addAttribute("events", found.stream().limit(AuditQuery.PAGE_SIZE).toList());
        model.addAttribute("hasNext", found.size() > AuditQuery.PAGE_SIZE);
        model.addAttribute("actions", AuditAction.values());
        return "audit/search";
    }
}
