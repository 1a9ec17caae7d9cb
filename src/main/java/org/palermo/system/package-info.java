/**
 * What every page and endpoint shares and no business rule lives in: security, languages,
 * the layout, error pages and problem+json answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.palermo.system;
