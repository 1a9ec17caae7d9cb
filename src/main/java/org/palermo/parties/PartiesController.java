package org.palermo.parties;

import org.palermo.cycle.CycleService;
import org.palermo.instruments.Instrument;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of the States parties. */
@Controller
class PartiesController {

	private final PartyService parties;

	private final CycleService cycle;

	PartiesController(PartyService parties, CycleService cycle) {
		this.parties = parties;
		this.cycle = cycle;
	}

	@GetMapping("/parties")
	String list(@RequestParam(required = false) RegionalGroup group,
			@RequestParam(required = false) Instrument instrument, Model model) {
		model.addAttribute("parties", this.parties.find(group, instrument));
		model.addAttribute("group", group);
		model.addAttribute("instrument", instrument);
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("instruments", Instrument.values());
		java.util.Map<Instrument, java.util.Map<RegionalGroup, Long>> perGroup = this.parties.partiesPerGroup();
		model.addAttribute("perGroup", perGroup);
		model.addAttribute("chartMax",
				Math.max(1,
						perGroup.values()
							.stream()
							.flatMap((counts) -> counts.values().stream())
							.mapToLong(Long::longValue)
							.max()
							.orElse(1)));
		return "parties/list";
	}

	@GetMapping("/parties/{code}")
	String country(@PathVariable String code, Model model) {
		StateParty party = this.parties.party(code);
		model.addAttribute("party", party);
		model.addAttribute("reviews", this.cycle.reviewsOf(party.getCode()));
		model.addAttribute("reviewing", this.cycle.reviewsBy(party.getCode()));
		model.addAttribute("reviewGroup", this.cycle.reviewGroupOf(party.getCode()).orElse(null));
		return "parties/show";
	}

}
