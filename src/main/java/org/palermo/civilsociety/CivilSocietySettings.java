package org.palermo.civilsociety;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code palermo.civilsociety}.
 *
 * @param objectionPeriod how long the Extended Bureau may object to an application to a
 * constructive dialogue before it stands approved (default 10 days)
 */
@ConfigurationProperties("palermo.civilsociety")
public record CivilSocietySettings(Duration objectionPeriod) {

	public CivilSocietySettings {
		objectionPeriod = (objectionPeriod != null) ? objectionPeriod : Duration.ofDays(10);
	}

}
