package org.edugov.registry;

import java.time.LocalDate;
import java.util.List;
import org.edugov.shared.OrgPath;

/** A transfer as its pages show it; the pupil's identity number appears only masked. */
record TransferView(long id, long pupilId, String pupilName, String maskedId, String fromSchool, OrgPath fromPath,
        String toSchool, OrgPath toPath, String fromCounty, String toCounty, String toGrade, TransferState state,
        String reason, LocalDate requestedOn, String requestedBy, LocalDate stepStartedOn, LocalDate dueOn,
        boolean overdue, List<Decision> decisions) {

    TransferView {
        decisions = List.copyOf(decisions);
    }

    /** One approval or rejection. */
    record Decision(String step, String decision, String comment, String decidedBy, LocalDate decidedOn) {
    }

    boolean sameCounty() {
        return fromCounty.equals(toCounty);
    }
}
