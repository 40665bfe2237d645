package org.edugov.dict;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Read-only view of the national code lists the system validates against. */
@Controller
class DictController {

    private final Dictionaries dictionaries;

    DictController(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GetMapping("/dict")
    @PreAuthorize("hasAuthority('dict:item:read')")
    String show(@RequestParam(defaultValue = "GENDER") DictType type, Model model) {
        model.addAttribute("types", DictType.values());
        model.addAttribute("type", type);
        model.addAttribute("items", dictionaries.items(type));
        return "dict/list";
    }
}
