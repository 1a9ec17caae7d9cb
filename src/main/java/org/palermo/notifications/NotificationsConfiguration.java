package org.palermo.notifications;

import java.time.Duration;
import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's jobs, run by the database-backed scheduler (one instance at a time): the
 * mail sender that retries what failed, and the daily digest.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationsConfiguration {

	@Bean
	RecurringTask<Void> mailSenderTask(MailService mail,
			@Value("${palermo.mail.send-interval:PT15S}") Duration interval) {
		return Tasks.recurring("mail-sender", Schedules.fixedDelay(interval)).execute((instance, context) -> {
			mail.deliverDue();
		});
	}

	@Bean
	RecurringTask<Void> mailBouncesTask(BounceChecker bounces,
			@Value("${palermo.mail.bounces.interval:PT5M}") Duration interval) {
		return Tasks.recurring("mail-bounces", Schedules.fixedDelay(interval)).execute((instance, context) -> {
			bounces.check();
		});
	}

	@Bean
	RecurringTask<Void> dailyDigestTask(NotificationService notifications,
			@Value("${palermo.notifications.digest-time:06:00}") LocalTime at) {
		return Tasks.recurring("daily-digest", Schedules.daily(at)).execute((instance, context) -> {
			notifications.sendDigests();
		});
	}

}
