package org.palermo.drawing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.parties.PartyService;
import org.palermo.parties.RegionalGroup;
import org.palermo.parties.StateParty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * States a test may put under review on a cluster. The test database is shared by every
 * test class of the run (and holds the demo data), so a test does not name its States: it
 * says what they must be, and takes, among all the parties, those that a preparation of
 * the cluster would not refuse as busy (an active review, or a drawing committed, or just
 * revealed and its review not opened yet). Which States are busy is asked of the drawing
 * module's own checks, so the kit cannot drift from them.
 */
final class FreeStates {

	/** A party to the Convention: every State under review must be one. */
	static final Predicate<StateParty> PARTY = (party) -> party.isPartyTo(Instrument.UNTOC);

	/**
	 * A State that may be put under review: a party to the Convention in one of the five
	 * regional groups (not the European Union, the Holy See, the Cook Islands or Niue,
	 * which take part in drawings through another group).
	 */
	static final Predicate<StateParty> STATE = PARTY.and((party) -> party.getRegionalGroup() != RegionalGroup.NONE);

	private final PartyService parties;

	private final DrawingService drawings;

	FreeStates(PartyService parties, DrawingService drawings) {
		this.parties = parties;
		this.drawings = drawings;
	}

	/**
	 * {@code n} States with the property, free on the cluster: the preferred ones first,
	 * in their order (those without the property or busy are passed over), then any
	 * other, in code order. A test's preferences keep apart the States of different tests
	 * in the usual run; they leave out the States that other test classes name for their
	 * own reviews on the same cluster, which would be refused as duplicates if a drawing
	 * test ran first and took them.
	 */
	List<String> take(ThematicCluster cluster, int n, Predicate<StateParty> property, String... preferred) {
		List<String> free = all(cluster, property);
		List<String> taken = Stream.concat(Arrays.stream(preferred).filter(free::contains), free.stream())
			.distinct()
			.limit(n)
			.toList();
		assertThat(taken)
			.as("States with the property needed, free on cluster %s (of %d parties with it)", cluster, free.size())
			.hasSize(n);
		return taken;
	}

	/** Every party with the property free on the cluster, in code order. */
	List<String> all(ThematicCluster cluster, Predicate<StateParty> property) {
		List<String> candidates = this.parties.find(null, Instrument.UNTOC)
			.stream()
			.filter(PARTY.and(property))
			.map(StateParty::getCode)
			.sorted()
			.toList();
		Set<String> busy = busy(cluster, candidates);
		return candidates.stream().filter((code) -> !busy.contains(code)).toList();
	}

	/**
	 * Those of these parties to the Convention that a preparation on the cluster would
	 * refuse as busy: asks the preparation's quick checks (with every participation not
	 * recorded confirmed) and takes out the States each refusal names until none is left.
	 */
	Set<String> busy(ThematicCluster cluster, Collection<String> codes) {
		Set<String> busy = new TreeSet<>();
		List<String> left = new ArrayList<>(new LinkedHashSet<>(codes));
		while (!left.isEmpty()) {
			try {
				this.drawings.checkBeforePrepare(cluster, left, null,
						this.drawings.gaps(left).stream().map(ParticipationGap::value).toList());
				return busy;
			}
			catch (DrawingRefusedException ex) {
				if (!List.of("drawing.error.activeReview", "drawing.error.pendingDrawing")
					.contains(ex.getMessageKey())) {
					throw ex;
				}
				List<String> named = Arrays.stream(ex.getDetail().split(",\\s*")).filter(left::contains).toList();
				if (named.isEmpty()) {
					fail("A refusal naming none of the States asked about: " + ex.getMessage());
				}
				busy.addAll(named);
				left.removeAll(named);
			}
		}
		return busy;
	}

}
