package org.palermo.civilsociety;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code palermo.civilsociety}.
 *
 * @param objectionPeriod how long the Extended Bureau may object to an application to a
 * constructive dialogue before it stands approved (default 10 days)
 * @param reminderBefore how long before a dialogue its participants are reminded (default
 * 7 days)
 */
@ConfigurationProperties("palermo.civilsociety")
public record CivilSocietySettings(Duration objectionPeriod, Duration reminderBefore) {

	public CivilSocietySettings {
		objectionPeriod = (objectionPeriod != null) ? objectionPeriod : Duration.ofDays(10);
		reminderBefore = (reminderBefore != null) ? reminderBefore : Duration.ofDays(7);
	}

}
