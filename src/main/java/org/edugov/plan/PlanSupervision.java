package org.edugov.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.edugov.audit.AuditAction;
import org.edugov.audit.AuditLog;
import org.edugov.audit.FieldChange;
import org.edugov.shared.Actor;
import org.edugov.shared.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervision run: for a plan on a day, each task's status under the plan's rules (changes recorded in
 * plan.task), the 红黄牌 of the current reporting period by {@link CardRules} (each card once per task, colour and
 * period, so running twice issues nothing new), and a notice to the responsible unit of every status change and new
 * card — in-app and through every {@link NotificationChannel}. A task's first judgement is recorded without a
 * status notice. Runs daily ({@code edugov.plans.supervision-cron}, 02:00 by default; "-" turns it off) and on
 * demand from a plan's card board.
 */
@Service
public class PlanSupervision {

    /** What a run changed. */
    public record Result(int statusChanges, int yellowCards, int redCards) {

        Result plus(Result other) {
            return new Result(statusChanges + other.statusChanges, yellowCards + other.yellowCards,
                    redCards + other.redCards);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PlanSupervision.class);
    /** Characters of a task's text a notice quotes (its code names it fully). */
    private static final int TASK_TEXT_SHOWN = 40;

    private final SupervisionStore store;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ObjectProvider<NotificationChannel> channels;
    private final TransactionTemplate tx;
    private final Clock clock;

    PlanSupervision(SupervisionStore store, AuditLog audit, MessageSource messages,
            ObjectProvider<NotificationChannel> channels,
            PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.messages = messages;
        this.channels = channels;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${edugov.plans.supervision-cron:0 0 2 * * *}", zone = "Asia/Shanghai")
    void daily() {
        runAll(LocalDate.now(clock));
    }

    /**
     * Every plan as of {@code today}, each in a transaction of its own: a plan that fails is logged and the others
     * still run.
     */
    public Result runAll(LocalDate today) {
        Result total = new Result(0, 0, 0);
        for (long plan : store.planIds()) {
            try {
                total = total.plus(run(plan, today, Actor.system()));
            } catch (RuntimeException e) {
                log.error("Supervision of plan {} on {} failed", plan, today, e);
            }
        }
        log.info("Supervision on {}: {} status changes, {} yellow and {} red cards", today, total.statusChanges(),
                total.yellowCards(), total.redCards());
        return total;
    }

    /** One plan as of {@code today}; the notices go out to the channels once the run has committed. */
    Result run(long planId, LocalDate today, Actor actor) {
        List<Notice> notices = new ArrayList<>();
        Result result = tx.execute(status -> evaluate(planId, today, actor, notices));
        for (NotificationChannel channel : channels.orderedStream().toList()) {
            for (Notice notice : notices) {
                try {
                    channel.send(notice);
                } catch (RuntimeException e) {
                    log.error("Notification channel {} failed for unit {}", channel.getClass().getSimpleName(),
                            notice.orgUnitId(), e);
                }
            }
        }
        return result;
    }

    private Result evaluate(long planId, LocalDate today, Actor actor, List<Notice> notices) {
        store.lock(planId);
        SupervisionStore.PlanFacts plan = store.plan(planId)
                .orElseThrow(() -> UserError.notFound("plan.notFound", planId));
        CardRules rules = plan.rules();
        ReportPeriod current = ReportPeriod.of(rules.reportEvery(), today);
        List<ReportPeriod> yellowPeriods = new ArrayList<>(List.of(current));
        yellowPeriods.addAll(rules.lookBack(today));
        Map<Long, Set<ReportPeriod>> reported = store.reported(planId, List.of(current.previous()));
        Map<Long, Set<ReportPeriod>> yellowed = store.yellowed(planId, yellowPeriods);
        Map<Long, Status> changed = new LinkedHashMap<>();
        List<SupervisionStore.NewCard> cards = new ArrayList<>();
        Map<Long, SupervisionStore.TaskFacts> tasks = new LinkedHashMap<>();
        for (SupervisionStore.TaskFacts k : store.tasks(planId)) {
            tasks.put(k.id(), k);
            Status status = rules.status(k.deadline(), k.percentDone(), today);
            if (status != k.stored() || !k.evaluated()) {
                changed.put(k.id(), status);
            }
            if (status != k.stored() && k.evaluated()) {
                notices.add(notice(plan, k, "plan.notice.status." + status.name(), List.of()));
            }
            rules.cards(plan.start(), plan.end(), k.deadline(), status, reported.getOrDefault(k.id(), Set.of()),
                    yellowed.getOrDefault(k.id(), Set.of()), today)
                    .forEach(c -> cards.add(new SupervisionStore.NewCard(k.id(), c)));
        }
        store.statuses(changed, today);
        List<SupervisionStore.NewCard> issued = store.issue(plan, current, today, cards);
        for (SupervisionStore.NewCard c : issued) {
            notices.add(notice(plan, tasks.get(c.taskId()), "plan.notice.card." + c.card().colour() + "."
                    + c.card().reason(), List.of(current.label())));
        }
        store.notify(notices);
        long statusNotices = changed.keySet().stream().filter(id -> tasks.get(id).evaluated()).count();
        Result result = new Result((int) statusNotices, count(issued, CardRules.Colour.YELLOW),
                count(issued, CardRules.Colour.RED));
        if (!changed.isEmpty() || !issued.isEmpty()) {
            audit.changed(actor, AuditAction.UPDATE, "PlanSupervision", planId, plan.orgPath(), List.of(
                    new FieldChange("date", null, today.toString()),
                    new FieldChange("statusesRecorded", null, String.valueOf(changed.size())),
                    new FieldChange("cards", null, issued.stream().map(c -> c.taskId() + ":" + c.card().colour() + ":"
                            + c.card().reason()).collect(Collectors.joining(",")))));
        }
        return result;
    }

    /**
     * A notice about a task: plan title, task code and the start of its text, then {@code more}, rendered in Chinese
     * for channels.
     */
    private Notice notice(SupervisionStore.PlanFacts plan, SupervisionStore.TaskFacts task, String key,
            List<String> more) {
        String text = task.text().length() > TASK_TEXT_SHOWN
                ? task.text().substring(0, TASK_TEXT_SHOWN) + "…" : task.text();
        List<String> args = new ArrayList<>(List.of(plan.title(), task.code(), text));
        args.addAll(more);
        return new Notice(task.recipient(), plan.countyCode(), plan.id(), task.id(), key, args,
                messages.getMessage(key, args.toArray(), Locale.SIMPLIFIED_CHINESE));
    }

    private static int count(List<SupervisionStore.NewCard> cards, CardRules.Colour colour) {
        return (int) cards.stream().filter(c -> c.card().colour() == colour).count();
    }
}
