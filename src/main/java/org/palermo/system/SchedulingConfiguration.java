package org.palermo.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The cluster-safe scheduler (db-scheduler): the modules' recurring jobs
 * ({@link RecurringTask} beans) are rows of {@code scheduled_tasks}, and each run is
 * picked by one instance only, however many share the database. It starts once the
 * application is ready, unless {@code palermo.scheduler.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

	@Bean(destroyMethod = "")
	Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> jobs,
			@Value("${palermo.scheduler.polling-interval:PT10S}") Duration polling) {
		// Recurring jobs given to startTasks are known tasks too: listing them twice
		// fails.
		return Scheduler.create(dataSource, new ArrayList<Task<?>>())
			.startTasks(new ArrayList<>(jobs))
			.pollingInterval(polling)
			.threads(2)
			.alwaysPersistTimestampInUTC()
			.build();
	}

	@Bean
	SchedulerLifecycle schedulerLifecycle(Scheduler scheduler,
			@Value("${palermo.scheduler.enabled:true}") boolean enabled) {
		return new SchedulerLifecycle(scheduler, enabled);
	}

	/**
	 * Starts the scheduler when the application is ready and stops it first at shutdown.
	 */
	static class SchedulerLifecycle implements SmartLifecycle {

		private final Scheduler scheduler;

		private final boolean enabled;

		private volatile boolean running;

		SchedulerLifecycle(Scheduler scheduler, boolean enabled) {
			this.scheduler = scheduler;
			this.enabled = enabled;
		}

		@EventListener(ApplicationReadyEvent.class)
		void ready() {
			if (this.enabled && !this.running) {
				this.scheduler.start();
				this.running = true;
				log.info("Scheduler started");
			}
		}

		@Override
		public void start() {
		}

		@Override
		public void stop() {
			if (this.running) {
				this.scheduler.stop();
				this.running = false;
			}
		}

		@Override
		public boolean isRunning() {
			return true;
		}

		@Override
		public int getPhase() {
			return Integer.MAX_VALUE;
		}

	}

}
