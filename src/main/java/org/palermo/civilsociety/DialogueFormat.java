package org.palermo.civilsociety;

/** Whether a constructive dialogue meets in a room, online, or both. */
public enum DialogueFormat {

	IN_PERSON, ONLINE, HYBRID;

	public String labelKey() {
		return "civilsociety.format." + name();
	}

}
