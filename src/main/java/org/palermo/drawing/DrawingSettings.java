package org.palermo.drawing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code palermo.drawing}.
 *
 * @param groupForPartiesWithoutGroup the regional group through which parties outside the
 * five groups (European Union, Holy See, Cook Islands, Niue) take part in drawings
 * @param timeLimit how long the engine may search for one drawing or feasibility check
 * before it stops with a message (default 30 seconds)
 */
@ConfigurationProperties("palermo.drawing")
public record DrawingSettings(String groupForPartiesWithoutGroup, Duration timeLimit) {

	public DrawingSettings {
		groupForPartiesWithoutGroup = (groupForPartiesWithoutGroup != null) ? groupForPartiesWithoutGroup : "WEOG";
		timeLimit = (timeLimit != null) ? timeLimit : Duration.ofSeconds(30);
	}

}
