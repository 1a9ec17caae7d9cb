package org.palermo.deskreview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewDocument;
import org.palermo.parties.PartyService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The general review for the Conference and its working groups: challenges, good
 * practices and technical assistance needs counted by article, cluster, instrument and
 * regional group, from published lists of observations only; no country is named, scored
 * or ranked.
 */
@Service
public class GeneralReviewService {

	private final CycleService cycle;

	private final PublicationService publications;

	private final PartyService parties;

	private final MessageSource messages;

	GeneralReviewService(CycleService cycle, PublicationService publications, PartyService parties,
			MessageSource messages) {
		this.cycle = cycle;
		this.publications = publications;
		this.parties = parties;
		this.messages = messages;
	}

	/** The counts, one table per grouping, rows in a stable order. */
	@Transactional(readOnly = true)
	public GeneralReview counts() {
		List<CountryReview> reviews = this.cycle.all();
		Map<Long, List<ReviewDocument>> published = this.publications
			.publishedOf(reviews.stream().map(CountryReview::getId).toList());
		List<Counted> items = new ArrayList<>();
		int lists = 0;
		for (CountryReview review : reviews) {
			if (!published.getOrDefault(review.getId(), List.of()).contains(ReviewDocument.LIST_OF_OBSERVATIONS)) {
				continue;
			}
			lists++;
			String group = this.parties.findParty(review.getStateUnderReview())
				.map((p) -> (p.getRegionalGroup() != null) ? p.getRegionalGroup().name() : "")
				.orElse("");
			for (PublishedDocuments.PublishedItem item : this.publications
				.publishedList(review.getStateUnderReview(), review.getId())
				.items()) {
				items.add(new Counted(item.instrument(), item.instrument() + " " + item.article(),
						review.getCluster().name(), group, ObservationType.valueOf(item.type())));
			}
		}
		return new GeneralReview(lists, table(items, Counted::article), table(items, Counted::cluster),
				table(items, Counted::instrument), table(items, Counted::group));
	}

	private static List<Row3> table(List<Counted> items, Function<Counted, String> key) {
		Map<String, long[]> rows = new TreeMap<>(GeneralReviewService::naturalOrder);
		for (Counted item : items) {
			long[] counts = rows.computeIfAbsent(key.apply(item), (k) -> new long[3]);
			switch (item.type()) {
				case GAP_OR_CHALLENGE -> counts[0]++;
				case GOOD_PRACTICE -> counts[1]++;
				case TECHNICAL_ASSISTANCE_NEED -> counts[2]++;
				case SUGGESTION -> {
				}
			}
		}
		return rows.entrySet()
			.stream()
			.map((e) -> new Row3(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
			.toList();
	}

	/** "UNTOC 2" before "UNTOC 10". */
	static int naturalOrder(String a, String b) {
		String[] x = a.split(" ");
		String[] y = b.split(" ");
		int first = x[0].compareTo(y[0]);
		if (first != 0 || x.length < 2 || y.length < 2) {
			return (first != 0) ? first : a.compareTo(b);
		}
		try {
			return Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
		}
		catch (NumberFormatException ex) {
			return a.compareTo(b);
		}
	}

	/** The counts as CSV (UTF-8), one section per grouping. */
	public String csv(GeneralReview review, Locale locale) {
		StringBuilder out = new StringBuilder();
		for (Map.Entry<String, List<Row3>> table : review.tables(locale, this.messages).entrySet()) {
			out.append(quote(table.getKey()))
				.append(',')
				.append(quote(msg("generalReview.col.challenges", locale)))
				.append(',')
				.append(quote(msg("generalReview.col.goodPractices", locale)))
				.append(',')
				.append(quote(msg("generalReview.col.assistance", locale)))
				.append("\r\n");
			for (Row3 row : table.getValue()) {
				out.append(quote(row.key()))
					.append(',')
					.append(row.challenges())
					.append(',')
					.append(row.goodPractices())
					.append(',')
					.append(row.assistanceNeeds())
					.append("\r\n");
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	/** The counts as an XLSX workbook, one sheet per grouping. */
	public byte[] xlsx(GeneralReview review, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Map.Entry<String, List<Row3>> table : review.tables(locale, this.messages).entrySet()) {
				Sheet sheet = workbook.createSheet(table.getKey().replaceAll("[\\\\/?*\\[\\]:]", " "));
				Row header = sheet.createRow(0);
				header.createCell(0).setCellValue(table.getKey());
				header.createCell(1).setCellValue(msg("generalReview.col.challenges", locale));
				header.createCell(2).setCellValue(msg("generalReview.col.goodPractices", locale));
				header.createCell(3).setCellValue(msg("generalReview.col.assistance", locale));
				int r = 1;
				for (Row3 row : table.getValue()) {
					Row line = sheet.createRow(r++);
					line.createCell(0).setCellValue(row.key());
					line.createCell(1).setCellValue(row.challenges());
					line.createCell(2).setCellValue(row.goodPractices());
					line.createCell(3).setCellValue(row.assistanceNeeds());
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** A cell of text for CSV, quoted, with a leading formula character neutralised. */
	static String quote(String value) {
		String safe = (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private record Counted(String instrument, String article, String cluster, String group, ObservationType type) {
	}

	/** One row: what is counted and its three counts. */
	public record Row3(String key, long challenges, long goodPractices, long assistanceNeeds) {

		public long total() {
			return this.challenges + this.goodPractices + this.assistanceNeeds;
		}

	}

	/** Every table of the general review, and how many published lists it counts. */
	public record GeneralReview(int publishedLists, List<Row3> byArticle, List<Row3> byCluster, List<Row3> byInstrument,
			List<Row3> byGroup) {

		/** The largest row total, for the bars of the charts. */
		public long max(List<Row3> rows) {
			return Math.max(1, rows.stream().mapToLong(Row3::total).max().orElse(1));
		}

		/** Tables named in the reader's language, for the exports. */
		Map<String, List<Row3>> tables(Locale locale, MessageSource messages) {
			Map<String, List<Row3>> tables = new java.util.LinkedHashMap<>();
			tables.put(messages.getMessage("generalReview.byArticle", null, locale), this.byArticle);
			tables.put(messages.getMessage("generalReview.byCluster", null, locale), this.byCluster);
			tables.put(messages.getMessage("generalReview.byInstrument", null, locale), this.byInstrument);
			tables.put(messages.getMessage("generalReview.byGroup", null, locale), this.byGroup);
			return tables;
		}

	}

}
