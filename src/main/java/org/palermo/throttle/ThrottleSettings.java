package org.palermo.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of anonymous requests that send mail, per kind of request, within a sliding
 * window: how many from one client address, how many to one mail address.
 */
@ConfigurationProperties("palermo.throttle")
public record ThrottleSettings(int perAddress, int perEmail, Duration window) {

	public ThrottleSettings {
		perAddress = (perAddress > 0) ? perAddress : 30;
		perEmail = (perEmail > 0) ? perEmail : 5;
		window = (window != null && !window.isNegative() && !window.isZero()) ? window : Duration.ofHours(1);
	}

}
