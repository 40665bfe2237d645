package org.edugov.org;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON access to the org tree for integrations, scoped exactly like the pages. */
@RestController
@Tag(name = "Org units")
class OrgUnitApiController {

    private final OrgUnitService service;

    OrgUnitApiController(OrgUnitService service) {
        this.service = service;
    }

    /** An org unit as the API shows it. */
    record UnitJson(long id, String kind, String code, String name, String schoolType, Long parentId,
            String countyCode, boolean active, int childCount) {

        static UnitJson of(TreeNode n) {
            OrgUnit u = n.unit();
            return new UnitJson(u.id(), u.kind().name(), u.code(), u.name(), u.schoolType(), u.parentId(),
                    u.countyCode(), u.active(), n.childCount());
        }
    }

    @GetMapping("/api/org/units")
    @PreAuthorize("hasAuthority('org:unit:read')")
    @Operation(summary = "The top units of the caller's data scope, or units matching a name or code")
    List<UnitJson> roots(CurrentUser user, @RequestParam(required = false) String q) {
        List<OrgUnit> units = q == null || q.isBlank() ? service.scopeRoots(user)
                : service.search(user, q, List.of(), 100);
        return service.nodes(units).stream().map(UnitJson::of).toList();
    }

    @GetMapping("/api/org/units/{id}")
    @PreAuthorize("hasAuthority('org:unit:read')")
    @Operation(summary = "One unit; 404 when it does not exist or lies outside the caller's scope")
    UnitJson unit(CurrentUser user, @PathVariable long id) {
        return UnitJson.of(service.nodes(List.of(service.visible(user, id))).getFirst());
    }

    @GetMapping("/api/org/units/{id}/children")
    @PreAuthorize("hasAuthority('org:unit:read')")
    @Operation(summary = "The active children of a unit that lie in the caller's scope")
    List<UnitJson> children(CurrentUser user, @PathVariable long id) {
        return service.children(user, id, false).stream().map(UnitJson::of).toList();
    }
}
