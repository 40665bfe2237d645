package org.edugov.org;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.shared.Masked;
import org.edugov.shared.OrgPath;
import org.edugov.shared.ScopeType;
import org.edugov.shared.UserError;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. An administrator sees and manages only accounts whose org unit lies in its
 * scope, and can never grant a role that holds a permission or a scope wider than its own.
 */
@Service
public class UserAccountService {

    private static final String ENTITY = "UserAccount";

    private final AccountRepository accounts;
    private final RoleRepository roles;
    private final OrgUnitRepository units;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final Clock clock;

    UserAccountService(AccountRepository accounts, RoleRepository roles, OrgUnitRepository units,
            PasswordEncoder encoder, AuditLog audit, SecurityProperties properties, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.roles = roles;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = new PasswordPolicy(properties.minPasswordLength());
    }

    UserAccount visible(CurrentUser admin, long id) {
        return accounts.find(id).filter(a -> canSee(admin, a))
                .orElseThrow(() -> UserError.notFound("user.notFound", id));
    }

    public Optional<Role> roleByCode(String code) {
        return roles.findByCode(code);
    }

    /** The full phone number of a visible account; every such read is audited. */
    @Transactional
    String revealPhone(CurrentUser admin, long id) {
        UserAccount account = visible(admin, id);
        audit.personalDataRead(admin.actor(), ENTITY, id, account.orgPath(), "phone");
        return account.phone() == null ? "" : account.phone();
    }

    /** Roles this administrator may hand out. */
    List<Role> grantableRoles(CurrentUser admin) {
        return roles.findAll().stream().filter(r -> grantable(admin, r)).toList();
    }

    int minPasswordLength() {
        return policy.minLength();
    }

    @Transactional
    public UserAccount create(CurrentUser admin, UserCommand cmd, boolean demo) {
        String username = normalizeUsername(cmd.username());
        if (accounts.findByUsername(username).isPresent()) {
            throw UserError.conflict("user.username.duplicate", username);
        }
        Role role = checkGrant(admin, cmd);
        policy.violation(username, cmd.password()).ifPresent(key -> {
            throw UserError.invalid(key, policy.minLength());
        });
        long id = accounts.insert(username, displayName(cmd), encoder.encode(cmd.password()), cmd.orgUnitId(),
                role.id(), blankToNull(cmd.phone()), demo, admin.username());
        accounts.replaceAssignments(id, assignments(role, cmd));
        UserAccount created = accounts.find(id).orElseThrow();
        audit.changed(admin.actor(), AuditAction.CREATE, ENTITY, id, created.orgPath(),
                FieldChange.created(snapshot(created)));
        return created;
    }

    @Transactional
    UserAccount update(CurrentUser admin, long id, UserCommand cmd) {
        UserAccount before = visible(admin, id);
        if (before.id() == admin.userId() && (!cmd.enabled() || !cmd.roleId().equals(before.roleId()))) {
            throw UserError.invalid("user.self.roleOrDisable");
        }
        Role role = checkGrant(admin, cmd);
        accounts.update(id, displayName(cmd), cmd.orgUnitId(), role.id(), blankToNull(cmd.phone()), cmd.enabled(),
                admin.username());
        accounts.replaceAssignments(id, assignments(role, cmd));
        UserAccount after = accounts.find(id).orElseThrow();
        audit.changed(admin.actor(), AuditAction.UPDATE, ENTITY, id, after.orgPath(),
                FieldChange.diff(snapshot(before), snapshot(after)));
        return after;
    }

    @Transactional
    void resetPassword(CurrentUser admin, long id, String password) {
        UserAccount target = visible(admin, id);
        policy.violation(target.username(), password).ifPresent(key -> {
            throw UserError.invalid(key, policy.minLength());
        });
        accounts.setPassword(id, encoder.encode(password), admin.username());
        audit.changed(admin.actor(), AuditAction.PASSWORD_RESET, ENTITY, id, target.orgPath(), List.of());
    }

    @Transactional
    void unlock(CurrentUser admin, long id) {
        UserAccount target = visible(admin, id);
        accounts.unlock(id, admin.username());
        audit.changed(admin.actor(), AuditAction.UNLOCK, ENTITY, id, target.orgPath(),
                List.of(new FieldChange("failedAttempts", String.valueOf(target.failedAttempts()), "0")));
    }

    @Transactional
    void changeOwnPassword(CurrentUser user, String current, String password) {
        String hash = accounts.loadForLogin(user.username(), OffsetDateTime.now(clock))
                .map(EduGovUser::getPassword).orElseThrow();
        if (!encoder.matches(current == null ? "" : current, hash)) {
            throw UserError.invalid("password.currentWrong");
        }
        policy.violation(user.username(), password).ifPresent(key -> {
            throw UserError.invalid(key, policy.minLength());
        });
        accounts.setPassword(user.userId(), encoder.encode(password), user.username());
        audit.changed(user.actor(), AuditAction.PASSWORD_RESET, ENTITY, user.userId(),
                user.orgUnit() == null ? null : user.orgUnit().path(), List.of());
    }

    private Role checkGrant(CurrentUser admin, UserCommand cmd) {
        Role role = cmd.roleId() == null ? null : roles.find(cmd.roleId()).orElse(null);
        if (role == null) {
            throw UserError.invalid("user.role.required");
        }
        if (!grantable(admin, role)) {
            throw UserError.forbidden("user.role.tooWide", role.code());
        }
        if (cmd.orgUnitId() == null) {
            if (role.scopeType() != ScopeType.ALL && role.scopeType() != ScopeType.ASSIGNED) {
                throw UserError.invalid("user.org.required");
            }
            if (!admin.scope().isAll()) {
                throw UserError.invalid("user.org.required");
            }
        } else {
            OrgUnit org = units.find(cmd.orgUnitId()).filter(u -> admin.scope().permits(u.path()))
                    .orElseThrow(() -> UserError.notFound("org.unit.notFound", cmd.orgUnitId()));
            if (!org.active()) {
                throw UserError.invalid("org.unit.parent.inactive", org.name());
            }
        }
        for (Long unitId : assignments(role, cmd)) {
            units.find(unitId).filter(u -> admin.scope().permits(u.path()))
                    .orElseThrow(() -> UserError.notFound("org.unit.notFound", unitId));
        }
        return role;
    }

    private static boolean grantable(CurrentUser admin, Role role) {
        return admin.permissions().containsAll(role.permissions()) && admin.scope().type().covers(role.scopeType());
    }

    private static boolean canSee(CurrentUser admin, UserAccount account) {
        if (account.id() == admin.userId()) {
            return true;
        }
        OrgPath path = account.orgPath();
        return path == null ? admin.scope().isAll() : admin.scope().permits(path);
    }

    private static List<Long> assignments(Role role, UserCommand cmd) {
        return role.scopeType() == ScopeType.ASSIGNED ? cmd.assignedUnitIds() : List.of();
    }

    private static String normalizeUsername(String raw) {
        String username = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (!username.matches("^[a-z0-9][a-z0-9_.-]{2,31}$")) {
            throw UserError.invalid("user.username.malformed");
        }
        return username;
    }

    private static String displayName(UserCommand cmd) {
        if (cmd.displayName() == null || cmd.displayName().isBlank()) {
            throw UserError.invalid("user.displayName.required");
        }
        return cmd.displayName().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> snapshot(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("displayName", a.displayName());
        m.put("orgUnit", a.orgUnitId());
        m.put("role", a.roleCode());
        m.put("phone", a.phone() == null ? null : Masked.phone(a.phone()));
        m.put("enabled", a.enabled());
        m.put("assigned", a.assignedUnitIds());
        return m;
    }
}
