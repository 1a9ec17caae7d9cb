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
		List<DrawInput.Party> parties = new ArrayList<>(input.parties());
		parties.sort((a, b) -> a.code().compareTo(b.code()));
		int n = parties.size();
		this.code = new String[n];
		this.group = new int[n];
		this.mask = new int[n];
		Map<String, Integer> index = new HashMap<>();
		for (int p = 0; p < n; p++) {
			DrawInput.Party party = parties.get(p);
			if (party.code() == null || index.put(party.code(), p) != null) {
				throw new InvalidDrawInputException("Party listed twice or without code: " + party.code());
			}
			this.code[p] = party.code();
			this.group[p] = GROUPS.indexOf(party.group());
			if (this.group[p] < 0) {
				throw new InvalidDrawInputException("Unknown group " + party.group() + " for " + party.code());
			}
			for (String instrument : (party.instruments() != null) ? party.instruments() : List.<String>of()) {
				int bit = INSTRUMENTS.indexOf(instrument);
				if (bit < 0) {
					throw new InvalidDrawInputException("Unknown instrument " + instrument + " for " + party.code());
				}
				this.mask[p] |= 1 << bit;
			}
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
			if (p == null) {
				throw new InvalidDrawInputException("State under review " + sur.code() + " is not among the parties");
			}
			if (this.surOfParty[p] >= 0) {
				throw new InvalidDrawInputException("State under review listed twice: " + sur.code());
			}
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

	int indexOf(String partyCode) {
		Integer p = this.index.get(partyCode);
		return (p != null) ? p : -1;
	}

	/** The bit mask of instrument names, or -1 if one is unknown. */
	static int mask(List<String> instruments) {
		int mask = 0;
		for (String instrument : (instruments != null) ? instruments : List.<String>of()) {
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
		int sur = slot >> 1;
		int self = this.surParty[sur];
		if (party == self || (this.mask[party] & this.need[sur]) == 0 || isExcluded(sur, party)) {
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
