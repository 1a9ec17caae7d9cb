package org.palermo.parties;

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

	private final java.util.List<CountryPageSection> sections;

	PartiesController(PartyService parties, java.util.List<CountryPageSection> sections) {
		this.parties = parties;
		this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(CountryPageSection::order)).toList();
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
		model.addAttribute("sections",
				this.sections.stream().map((s) -> s.render(party)).filter(java.util.Objects::nonNull).toList());
		return "parties/show";
	}

}
