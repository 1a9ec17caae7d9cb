package org.palermo.drawing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input compiled to arrays: parties and States under review sorted by code,
 * instruments as bit masks.
 */
final class Problem {

	static final List<String> INSTRUMENTS = List.of("UNTOC", "TIP", "SOM", "FA");

	static final List<String> GROUPS = List.of("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG");

	static final int SAME = 0;

	static final int OTHER = 1;

	final String[] code;

	final int[] group;

	final int[] mask;

	/**
	 * For each State under review (sorted by code): its party index, needed instruments
	 * and limit.
	 */
	final int[] surParty;

	final int[] need;

	final int[] maxReviewers;

	final int[] surOfParty;

	final int reviewsPerState;

	final boolean mutualAllowed;

	private final Set<Long> excluded;

	final List<DrawInput.FixedReviewer> fixed;

	private final Map<String, Integer> index;

	Problem(DrawInput input) {
		validate(input);
		List<DrawInput.Party> parties = new ArrayList<>(input.parties());
		parties.sort((a, b) -> a.code().compareTo(b.code()));
		int n = parties.size();
		this.code = new String[n];
		this.group = new int[n];
		this.mask = new int[n];
		Map<String, Integer> index = new HashMap<>();
		for (int p = 0; p < n; p++) {
			DrawInput.Party party = parties.get(p);
			index.put(party.code(), p);
			this.code[p] = party.code();
			this.group[p] = GROUPS.indexOf(party.group());
			this.mask[p] = mask(party.instruments());
		}
		List<DrawInput.StateUnderReview> surs = new ArrayList<>(input.statesUnderReview());
		surs.sort((a, b) -> a.code().compareTo(b.code()));
		int s = surs.size();
		this.surParty = new int[s];
		this.need = new int[s];
		this.maxReviewers = new int[s];
		this.surOfParty = new int[n];
		Arrays.fill(this.surOfParty, -1);
		int defaultMax = input.rules().reviewingStates();
		for (int i = 0; i < s; i++) {
			DrawInput.StateUnderReview sur = surs.get(i);
			Integer p = index.get(sur.code());
			if (this.mask[p] == 0) {
				throw new InvalidDrawInputException("State under review " + sur.code() + " is party to no instrument");
			}
			this.surParty[i] = p;
			this.need[i] = this.mask[p];
			this.maxReviewers[i] = (sur.maxReviewingStates() != null) ? sur.maxReviewingStates() : defaultMax;
			this.surOfParty[p] = i;
		}
		this.reviewsPerState = input.rules().reviewsPerState();
		this.mutualAllowed = input.rules().mutualAllowed();
		this.excluded = new HashSet<>();
		for (DrawInput.ExcludedPair pair : input.excludedPairs()) {
			Integer sur = index.get(pair.stateUnderReview());
			Integer reviewer = index.get(pair.reviewer());
			if (sur != null && reviewer != null && this.surOfParty[sur] >= 0) {
				this.excluded.add(((long) this.surOfParty[sur] << 32) | reviewer);
			}
		}
		this.fixed = input.fixed();
		this.index = index;
	}

	/**
	 * Refuses an input that is not what it claims, saying where: a missing or repeated
	 * code, an unknown group or instrument, a State under review or kept pairing that
	 * names no party, a kept pairing for an instrument its State is not party to.
	 */
	static void validate(DrawInput input) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Integer> masks = new HashMap<>();
		for (int i = 0; i < input.parties().size(); i++) {
			DrawInput.Party party = input.parties().get(i);
			String where = "parties[" + i + "]";
			if (party == null || party.code() == null || party.code().isBlank()) {
				throw new InvalidDrawInputException(where + ": the code is missing");
			}
			Integer first = seen.put(party.code(), i);
			if (first != null) {
				throw new InvalidDrawInputException(
						where + ": " + party.code() + " is listed twice (also parties[" + first + "])");
			}
			if (!GROUPS.contains(party.group())) {
				throw new InvalidDrawInputException(
						where + " (" + party.code() + "): Unknown group " + party.group() + " for " + party.code());
			}
			int mask = mask(party.instruments());
			if (mask < 0) {
				throw new InvalidDrawInputException(where + " (" + party.code() + "): Unknown instrument in "
						+ party.instruments() + " for " + party.code());
			}
			masks.put(party.code(), mask);
		}
		Map<String, Integer> underReview = new HashMap<>();
		for (int i = 0; i < input.statesUnderReview().size(); i++) {
			DrawInput.StateUnderReview sur = input.statesUnderReview().get(i);
			String where = "statesUnderReview[" + i + "]";
			if (sur == null || sur.code() == null) {
				throw new InvalidDrawInputException(where + ": the code is missing");
			}
			if (!seen.containsKey(sur.code())) {
				throw new InvalidDrawInputException(
						where + ": State under review " + sur.code() + " is not among the parties");
			}
			Integer first = underReview.put(sur.code(), i);
			if (first != null) {
				throw new InvalidDrawInputException(where + ": State under review " + sur.code()
						+ " is listed twice (also statesUnderReview[" + first + "])");
			}
		}
		for (int i = 0; i < input.excludedPairs().size(); i++) {
			DrawInput.ExcludedPair pair = input.excludedPairs().get(i);
			if (pair == null || pair.stateUnderReview() == null || pair.reviewer() == null) {
				throw new InvalidDrawInputException("excludedPairs[" + i + "]: a code is missing");
			}
		}
		for (int i = 0; i < input.fixed().size(); i++) {
			DrawInput.FixedReviewer kept = input.fixed().get(i);
			String where = "fixed[" + i + "]";
			if (kept == null || kept.stateUnderReview() == null || kept.code() == null || kept.slot() == null
					|| kept.instruments() == null || kept.instruments().isEmpty()) {
				throw new InvalidDrawInputException(
						where + ": stateUnderReview, code, slot and instruments are all required");
			}
			if (!underReview.containsKey(kept.stateUnderReview())) {
				throw new InvalidDrawInputException(
						where + ": " + kept.stateUnderReview() + " is not a State under review of this input");
			}
			if (!seen.containsKey(kept.code())) {
				throw new InvalidDrawInputException(where + ": " + kept.code() + " is not among the parties");
			}
			if (!kept.slot().equals("SAME_GROUP") && !kept.slot().equals("OTHER_GROUP")) {
				throw new InvalidDrawInputException(
						where + ": unknown slot " + kept.slot() + " (SAME_GROUP or OTHER_GROUP)");
			}
			for (String instrument : kept.instruments()) {
				int bit = INSTRUMENTS.indexOf(instrument);
				if (bit < 0) {
					throw new InvalidDrawInputException(where + ": unknown instrument " + instrument);
				}
				if ((masks.get(kept.code()) & (1 << bit)) == 0) {
					throw new InvalidDrawInputException(
							where + ": " + kept.code() + " is not party to " + instrument + ", so cannot review it");
				}
				if ((masks.get(kept.stateUnderReview()) & (1 << bit)) == 0) {
					throw new InvalidDrawInputException(where + ": " + kept.stateUnderReview() + " is not party to "
							+ instrument + ", so is not reviewed for it");
				}
			}
		}
	}

	int indexOf(String partyCode) {
		Integer p = this.index.get(partyCode);
		return (p != null) ? p : -1;
	}

	/** The bit mask of instrument names, or -1 if one is unknown. */
	static int mask(List<String> instruments) {
		int mask = 0;
		for (String instrument : (instruments != null) ? instruments : List.<String>of()) {
			if (instrument == null) {
				return -1;
			}
			int bit = INSTRUMENTS.indexOf(instrument);
			if (bit < 0) {
				return -1;
			}
			mask |= 1 << bit;
		}
		return mask;
	}

	int parties() {
		return this.code.length;
	}

	int statesUnderReview() {
		return this.surParty.length;
	}

	int slots() {
		return 2 * this.surParty.length;
	}

	boolean isExcluded(int sur, int party) {
		return !this.excluded.isEmpty() && this.excluded.contains(((long) sur << 32) | party);
	}

	/**
	 * Whether a party may ever fill a slot: right group, not itself, not excluded, party
	 * to something needed.
	 */
	boolean staticallyEligible(int slot, int party) {
		if (this.eligible == null) {
			boolean[][] table = new boolean[slots()][parties()];
			for (int t = 0; t < table.length; t++) {
				for (int r = 0; r < table[t].length; r++) {
					table[t][r] = staticallyEligible(t, r, true);
				}
			}
			this.eligible = table;
		}
		return this.eligible[slot][party];
	}

	/** {@link #staticallyEligible(int, int)} for every slot and party, made once. */
	private boolean[][] eligible;

	/** The same, ignoring the excluded pairs when {@code exclusions} is false. */
	boolean staticallyEligible(int slot, int party, boolean exclusions) {
		int sur = slot >> 1;
		int self = this.surParty[sur];
		if (party == self || (this.mask[party] & this.need[sur]) == 0 || (exclusions && isExcluded(sur, party))) {
			return false;
		}
		boolean sameGroup = this.group[party] == this.group[self];
		return ((slot & 1) == SAME) == sameGroup;
	}

	static List<String> instruments(int mask) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < INSTRUMENTS.size(); i++) {
			if ((mask & (1 << i)) != 0) {
				names.add(INSTRUMENTS.get(i));
			}
		}
		return names;
	}

}
