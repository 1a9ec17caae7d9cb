package org.palermo.drawing.engine;

import java.util.List;
import java.util.stream.Collectors;

/** No draw can keep every rule; raised before anything is drawn. */
public class InfeasibleDrawException extends RuntimeException {

	private final List<Blocker> blockers;

	public InfeasibleDrawException(List<Blocker> blockers) {
		super(blockers.stream().map(Blocker::explanation).collect(Collectors.joining("\n")));
		this.blockers = List.copyOf(blockers);
	}

	public List<Blocker> getBlockers() {
		return this.blockers;
	}

}
