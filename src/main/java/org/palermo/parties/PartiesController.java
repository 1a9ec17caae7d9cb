package org.palermo.parties;

import org.palermo.instruments.Instrument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.WebRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages of the States parties. */
@Controller
class PartiesController {

	private final PartyService parties;

	private final PartyNames names;

	private final MessageSource messages;

	private final java.util.List<CountryPageSection> sections;

	PartiesController(PartyService parties, PartyNames names, MessageSource messages,
			java.util.List<CountryPageSection> sections) {
		this.parties = parties;
		this.names = names;
		this.messages = messages;
		this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(CountryPageSection::order)).toList();
	}

	@GetMapping("/parties")
	String list(@RequestParam(required = false) RegionalGroup group,
			@RequestParam(required = false) Instrument instrument, Model model, WebRequest request, Locale locale) {
		// Anonymous readers revalidate a page that has not changed without it being
		// rendered again; signed-in pages carry the person's own header.
		if (request.getUserPrincipal() == null && request.checkNotModified("parties-" + this.parties.dataVersion() + "-"
				+ locale.toLanguageTag() + "-" + group + "-" + instrument)) {
			return null;
		}
		List<StateParty> found = this.parties.find(group, instrument);
		String yes = this.messages.getMessage("participation.yes", null, locale);
		String no = this.messages.getMessage("participation.no", null, locale);
		String unknown = this.messages.getMessage("participation.unknown", null, locale);
		Map<RegionalGroup, String> groupNames = new EnumMap<>(RegionalGroup.class);
		for (RegionalGroup each : RegionalGroup.values()) {
			groupNames.put(each, this.messages.getMessage(each.labelKey(), null, locale));
		}
		List<PartyRow> rows = new ArrayList<>();
		for (StateParty party : found) {
			List<PartyRow.Cell> cells = new ArrayList<>();
			for (Instrument each : Instrument.values()) {
				Participation part = party.participationIn(each).orElse(null);
				Boolean member = (part != null) ? part.getParty() : null;
				cells.add((member == null) ? new PartyRow.Cell("unknown", unknown)
						: member ? new PartyRow.Cell("yes", yes) : new PartyRow.Cell("no", no));
			}
			rows.add(new PartyRow(party.getCode(), this.names.name(party.getCode(), locale),
					groupNames.get(party.getRegionalGroup()), cells));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("parties", found);
		model.addAttribute("group", group);
		model.addAttribute("instrument", instrument);
		model.addAttribute("groups", RegionalGroup.values());
		model.addAttribute("instruments", Instrument.values());
		java.util.Map<Instrument, java.util.Map<RegionalGroup, Long>> perGroup = (group == null && instrument == null)
				? PartyService.partiesPerGroup(found) : this.parties.partiesPerGroup();
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
