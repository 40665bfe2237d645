package org.edugov.plan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Writes each notice as one structured log line (key-value pairs in the ECS log file), for collection elsewhere. */
@Component
@ConditionalOnProperty(name = "edugov.plans.notification-log.enabled", matchIfMissing = true)
class LogNotificationChannel implements NotificationChannel {

    private static final Logger log = LoggerFactory.getLogger(LogNotificationChannel.class);

    @Override
    public void send(Notice notice) {
        log.atInfo().addKeyValue("orgUnitId", notice.orgUnitId()).addKeyValue("countyCode", notice.countyCode())
                .addKeyValue("planId", notice.planId()).addKeyValue("taskId", notice.taskId())
                .addKeyValue("messageKey", notice.messageKey()).addKeyValue("args", notice.args())
                .log("plan notice: {}", notice.text());
    }
}
