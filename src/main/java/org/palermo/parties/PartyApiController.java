package org.palermo.parties;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palermo.instruments.Instrument;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The States parties and their participation, as JSON and CSV. */
@RestController
@Tag(name = "States parties")
class PartyApiController {

	private final PartyService parties;

	PartyApiController(PartyService parties) {
		this.parties = parties;
	}

	@GetMapping("/api/parties")
	@Operation(summary = "Every State with its regional group and participation in each instrument")
	List<PartyJson> parties(@RequestParam(required = false) RegionalGroup group,
			@RequestParam(required = false) Instrument instrument) {
		return this.parties.find(group, instrument).stream().map(PartyJson::of).toList();
	}

	@GetMapping("/api/parties/{code}")
	@Operation(summary = "One State by ISO 3166 alpha-2 code (or EU); 404 problem+json when unknown")
	PartyJson party(@PathVariable String code) {
		return PartyJson.of(this.parties.party(code));
	}

	@GetMapping(value = "/api/parties.csv", produces = "text/csv")
	@Operation(summary = "Every State in the columns of the participation file, ready to edit and import")
	ResponseEntity<String> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"states-parties.csv\"")
			.body(ParticipationCsv.write(this.parties.find(null, null)));
	}

}
