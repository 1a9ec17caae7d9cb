package org.palermo.civilsociety;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CivilSocietySettings.class)
@EnableScheduling
class CivilSocietyConfiguration {

	private final DialogueService dialogues;

	CivilSocietyConfiguration(DialogueService dialogues) {
		this.dialogues = dialogues;
	}

	/**
	 * Applications whose objection period has passed are decided even when nobody opens a
	 * page (pages settle them too, so the decision never waits for this).
	 */
	@Scheduled(fixedDelayString = "${palermo.civilsociety.settle-interval:PT5M}",
			initialDelayString = "${palermo.civilsociety.settle-interval:PT5M}")
	void settleApplications() {
		this.dialogues.settleDueQuietly();
	}

}
