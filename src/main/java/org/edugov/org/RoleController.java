package org.edugov.org;

import java.util.List;
import org.edugov.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Roles and what each grants: a matrix of roles against every permission the code checks. */
@Controller
class RoleController {

    private final RoleRepository roles;

    RoleController(RoleRepository roles) {
        this.roles = roles;
    }

    @GetMapping("/org/roles")
    @PreAuthorize("hasAuthority('org:role:read')")
    String list(Model model) {
        List<Role> all = roles.findAll();
        model.addAttribute("roles", all);
        model.addAttribute("permissions", Permissions.ALL);
        return "org/roles";
    }
}
