package org.edugov.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.edugov.shared.Stage;
import org.edugov.shared.UserError;

/** Checks a school profile before it is saved; plain Java so the rules are unit-tested alone. */
final class SchoolProfileRules {

    static final String PRIVATE = "2";

    private SchoolProfileRules() {
    }

    static SchoolProfile check(SchoolProfileForm f, LocalDate today, Predicate<String> ownershipKnown,
            Predicate<String> urbanRuralKnown) {
        if (f.ownership() == null || !ownershipKnown.test(f.ownership())) {
            throw UserError.invalid("school.ownership.required");
        }
        if (f.urbanRural() != null && !f.urbanRural().isBlank() && !urbanRuralKnown.test(f.urbanRural())) {
            throw UserError.invalid("school.urbanRural.unknown", f.urbanRural());
        }
        boolean inclusive = Boolean.TRUE.equals(f.inclusivePrivate());
        if (inclusive && !PRIVATE.equals(f.ownership())) {
            throw UserError.invalid("school.inclusive.privateOnly");
        }
        if (inclusive && (f.inclusiveSince() == null || f.inclusiveSince().isAfter(today))) {
            throw UserError.invalid("school.inclusive.date");
        }
        List<String> stages = new ArrayList<>();
        for (String s : f.stages() == null ? List.<String>of() : f.stages()) {
            try {
                stages.add(Stage.valueOf(s).name());
            } catch (IllegalArgumentException e) {
                throw UserError.invalid("school.stage.unknown", s);
            }
        }
        if (stages.isEmpty()) {
            throw UserError.invalid("school.stage.required");
        }
        return new SchoolProfile(f.ownership(), inclusive, inclusive ? f.inclusiveSince() : null,
                f.urbanRural() == null || f.urbanRural().isBlank() ? null : f.urbanRural(), stages,
                Boolean.TRUE.equals(f.boarding()));
    }
}
