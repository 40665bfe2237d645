package org.edugov.plan;

import java.util.List;

/**
 * A message to the unit responsible for a task, as the supervision run sends it: in-app (the unit's notifications
 * page) and through every {@link NotificationChannel}.
 *
 * @param orgUnitId the receiving unit: the task's lead unit, or the plan's unit when the task has none
 * @param messageKey the message, rendered in each reader's language
 * @param text the message rendered in Chinese, for channels that send text (SMS, e-mail)
 */
public record Notice(long orgUnitId, String countyCode, long planId, Long taskId, String messageKey, List<String> args,
        String text) {

    public Notice {
        args = List.copyOf(args);
    }
}
