package org.palermo.cycle;

import java.time.LocalTime;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeadlineDefaults.class, ReminderSettings.class })
class CycleConfiguration {

	/** The daily reminder job, run by the database-backed scheduler on one instance. */
	@Bean
	RecurringTask<Void> deadlineRemindersTask(DeadlineReminders reminders,
			@Value("${palermo.reminders.time:05:00}") LocalTime at) {
		return Tasks.recurring("deadline-reminders", Schedules.daily(at)).execute((instance, context) -> {
			reminders.run();
		});
	}

}
