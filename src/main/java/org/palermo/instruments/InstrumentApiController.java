package org.palermo.instruments;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The instruments, their articles and clusters, as JSON. */
@RestController
@Tag(name = "Instruments")
class InstrumentApiController {

	private final InstrumentService instruments;

	private final MessageSource messages;

	InstrumentApiController(InstrumentService instruments, MessageSource messages) {
		this.instruments = instruments;
		this.messages = messages;
	}

	@GetMapping("/api/instruments")
	@Operation(summary = "The Convention and its Protocols with every article and its thematic cluster")
	List<InstrumentJson> instruments() {
		Map<Instrument, List<Article>> byInstrument = this.instruments.articlesByInstrument();
		return byInstrument.entrySet()
			.stream()
			.map((entry) -> new InstrumentJson(entry.getKey().name(),
					this.messages.getMessage(entry.getKey().titleKey(), null, Locale.ENGLISH),
					entry.getValue().stream().map(InstrumentApiController::toJson).toList()))
			.toList();
	}

	private static InstrumentJson.ArticleJson toJson(Article article) {
		return new InstrumentJson.ArticleJson(article.getNumber(), article.getTitleEn(),
				(article.getCluster() != null) ? article.getCluster().name() : null,
				(article.getClusterBasis() != null) ? article.getClusterBasis().name() : null);
	}

}
