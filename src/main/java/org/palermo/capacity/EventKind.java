package org.palermo.capacity;

/** What a capacity-building event is. */
public enum EventKind {

	TRAINING, WORKSHOP;

	public String labelKey() {
		return "capacity.eventKind." + name();
	}

}
