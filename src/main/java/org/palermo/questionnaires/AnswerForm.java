package org.palermo.questionnaires;

import java.util.List;

/**
 * One answer as a form sends it: the value (or, for the types of assistance, the types
 * ticked) and the version read.
 */
record AnswerForm(String value, List<String> types, Long version) {

	/** The value as the service takes it. */
	String toValue() {
		return (this.types != null) ? String.join(",", this.types) : this.value;
	}

}
