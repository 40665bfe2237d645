package org.edugov.org;

import java.util.List;

/** The user form as posted. */
record UserForm(String username, String displayName, Long orgUnitId, Long roleId, String phone, Boolean enabled,
        String assignedCodes, String password) {

    static UserForm blank(Long orgUnitId) {
        return new UserForm("", "", orgUnitId, null, "", true, "", "");
    }

    static UserForm of(UserAccount a, String assignedCodes) {
        return new UserForm(a.username(), a.displayName(), a.orgUnitId(), a.roleId(), a.phone(), a.enabled(),
                assignedCodes, "");
    }

    UserCommand command(List<Long> assignedIds) {
        return new UserCommand(username, displayName, orgUnitId, roleId, phone, Boolean.TRUE.equals(enabled),
                assignedIds, password);
    }

    /** Codes typed one per line or separated by commas or spaces. */
    List<String> codes() {
        if (assignedCodes == null || assignedCodes.isBlank()) {
            return List.of();
        }
        return List.of(assignedCodes.trim().split("[\\s,，;；]+"));
    }
}
