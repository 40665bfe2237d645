package org.edugov.plan;

/**
 * Where notices go besides the in-app list: e-mail, SMS, a government messaging platform. Every Spring bean
 * implementing this interface receives each notice once the supervision run that made it has committed; a
 * failing channel is logged and does not undo the run or stop the other channels.
 * <p>
 * The application ships {@link LogNotificationChannel} (a structured log line per notice, on unless
 * {@code edugov.plans.notification-log.enabled=false}). A bureau plugs in its SMS gateway or mail server by adding a
 * bean that implements this interface — in a module of its own that depends on {@code plan} — which looks up the
 * receiving unit's contact ({@link Notice#orgUnitId()}) and sends {@link Notice#text()}; its credentials come from
 * the environment like every other secret.
 */
public interface NotificationChannel {

    void send(Notice notice);
}
