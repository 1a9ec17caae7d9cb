package org.palermo.drawing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code palermo.drawing}.
 *
 * @param groupForPartiesWithoutGroup the regional group through which parties outside the
 * five groups (European Union, Holy See, Cook Islands, Niue) take part in drawings
 */
@ConfigurationProperties("palermo.drawing")
public record DrawingSettings(String groupForPartiesWithoutGroup) {

	public DrawingSettings {
		groupForPartiesWithoutGroup = (groupForPartiesWithoutGroup != null) ? groupForPartiesWithoutGroup : "WEOG";
	}

}
