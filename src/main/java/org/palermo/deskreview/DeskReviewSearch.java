package org.palermo.deskreview;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.documents.Confidentiality;
import org.palermo.documents.SearchableContent;
import org.palermo.documents.SearchableContentChanged;
import org.palermo.documents.SearchableContentRemoved;
import org.palermo.documents.SearchableContentSource;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.system.Languages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the search finds of the desk review: each observation item, readable by the
 * review's people and the secretariat only; and the published list of observations and
 * published summary (each published language apart), readable by anyone, removed when
 * withdrawn.
 */
@Component
class DeskReviewSearch implements SearchableContentSource {

	/** The source name of observation items in the index. */
	static final String OBSERVATION = "observation";

	/** The source name of published documents in the index. */
	static final String PUBLISHED = "published";

	private final ObservationItemRepository items;

	private final ReviewPublicationRepository publications;

	private final ReviewArticles articles;

	private final CycleService cycle;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	DeskReviewSearch(ObservationItemRepository items, ReviewPublicationRepository publications, ReviewArticles articles,
			CycleService cycle, JsonMapper json, ApplicationEventPublisher events) {
		this.items = items;
		this.publications = publications;
		this.articles = articles;
		this.cycle = cycle;
		this.json = json;
		this.events = events;
	}

	/** Indexes an item just added or changed, or removes one taken off the list. */
	void changed(ObservationItem item) {
		if (item.isRemoved()) {
			this.events.publishEvent(new SearchableContentRemoved(OBSERVATION, String.valueOf(item.getId())));
		}
		else {
			CountryReview review = this.cycle.review(item.getReviewId());
			this.events.publishEvent(new SearchableContentChanged(observation(review, item)));
		}
	}

	/** Indexes a document just published, or removes every language of one withdrawn. */
	void decided(ReviewPublication publication) {
		if (publication.getDocument() == ReviewDocument.ANSWERS) {
			return;
		}
		Languages.CODES.forEach((l) -> this.events.publishEvent(new SearchableContentRemoved(PUBLISHED,
				publishedId(publication.getReviewId(), publication.getDocument(), l))));
		if (publication.isPublished() && publication.getContent() != null) {
			CountryReview review = this.cycle.review(publication.getReviewId());
			published(review, publication).forEach((c) -> this.events.publishEvent(new SearchableContentChanged(c)));
		}
	}

	@Override
	@Transactional(readOnly = true)
	public long count() {
		long[] count = { 0 };
		forEach((c) -> count[0]++);
		return count[0];
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchableContent> consumer) {
		for (CountryReview review : this.cycle.all()) {
			this.items.findByReviewIdOrderById(review.getId())
				.stream()
				.filter((i) -> !i.isRemoved())
				.forEach((i) -> consumer.accept(observation(review, i)));
			this.publications.findByReviewId(review.getId())
				.stream()
				.filter(ReviewPublication::isPublished)
				.filter((p) -> p.getDocument() != ReviewDocument.ANSWERS && p.getContent() != null)
				.forEach((p) -> published(review, p).forEach(consumer));
		}
	}

	private SearchableContent observation(CountryReview review, ObservationItem item) {
		Map<Instrument, List<Article>> all = this.articles.all(review);
		Article article = ReviewArticles.find(all, item.getArticleId());
		String instrument = article.getInstrument().name();
		String title = review.getStateUnderReview() + " · " + instrument + " " + article.getNumber() + " · "
				+ article.getTitleEn();
		return new SearchableContent(OBSERVATION, String.valueOf(item.getId()), title, item.getBody(), "en",
				review.getStateUnderReview(), instrument, List.of(instrument + " " + article.getNumber()),
				"OBSERVATION", date(item.getCreatedAt()), Confidentiality.REVIEW, review.getId(), null,
				"/reviews/" + review.getId() + "/observations");
	}

	private List<SearchableContent> published(CountryReview review, ReviewPublication publication) {
		String state = review.getStateUnderReview();
		String base = "/parties/" + state + "/reviews/" + review.getId();
		List<SearchableContent> contents = new ArrayList<>();
		if (publication.getDocument() == ReviewDocument.LIST_OF_OBSERVATIONS) {
			PublishedDocuments.PublishedList list = this.json.readValue(publication.getContent(),
					PublishedDocuments.PublishedList.class);
			StringBuilder text = new StringBuilder();
			List<String> articleNames = new ArrayList<>();
			for (PublishedDocuments.PublishedItem item : list.items()) {
				text.append(item.text()).append("\n\n");
				String name = item.instrument() + " " + item.article();
				if (!articleNames.contains(name)) {
					articleNames.add(name);
				}
			}
			contents.add(new SearchableContent(PUBLISHED,
					publishedId(review.getId(), ReviewDocument.LIST_OF_OBSERVATIONS, "en"),
					state + " · " + review.getCluster().name(), text.toString(), "en", state, null, articleNames,
					"PUBLISHED_LIST", date(list.publishedAt()), Confidentiality.PUBLIC, null, null,
					base + "/observations"));
		}
		else if (publication.getDocument() == ReviewDocument.SUMMARY) {
			PublishedDocuments.PublishedSummary summary = this.json.readValue(publication.getContent(),
					PublishedDocuments.PublishedSummary.class);
			summary.texts()
				.forEach((language,
						text) -> contents.add(new SearchableContent(PUBLISHED,
								publishedId(review.getId(), ReviewDocument.SUMMARY, language),
								state + " · " + review.getCluster().name(), text, language, state, null, List.of(),
								"PUBLISHED_SUMMARY", date(summary.publishedAt()), Confidentiality.PUBLIC, null, null,
								base + "/summary?lang=" + language)));
		}
		return contents;
	}

	private static String publishedId(long reviewId, ReviewDocument document, String language) {
		return reviewId + ":" + document.name() + ":" + language;
	}

	private static LocalDate date(java.time.Instant instant) {
		return (instant != null) ? LocalDate.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
