package org.edugov.org;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.shared.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins, locks the account after too many, and audits both outcomes. */
@Component
class LoginEvents {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final SecurityProperties policy;
    private final Clock clock;

    LoginEvents(AccountRepository accounts, AuditLog audit, SecurityProperties policy, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            accounts.recordSuccess(account.id(), OffsetDateTime.now(clock));
            audit.securityEvent(actorOf(account), AuditAction.LOGIN_SUCCEEDED, null);
        });
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase(Locale.ROOT);
        accounts.findByUsername(username).ifPresent(account -> {
            int failures = accounts.recordFailure(account.id());
            audit.securityEvent(actorOf(account), AuditAction.LOGIN_FAILED, "attempt " + failures);
            if (failures >= policy.maxFailedAttempts()) {
                accounts.lockUntil(account.id(), OffsetDateTime.now(clock).plus(policy.lockDuration()));
                audit.securityEvent(actorOf(account), AuditAction.ACCOUNT_LOCKED, "after " + failures + " failures");
            }
        });
    }

    private static Actor actorOf(UserAccount account) {
        return new Actor(account.id(), account.username(), account.orgPath());
    }
}
