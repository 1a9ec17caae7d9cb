package org.palermo.cycle;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.palermo.instruments.ThematicCluster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's table of every review: filters, counts per phase and a CSV export.
 */
@Service
public class ReviewIndex {

	private final CycleService cycle;

	ReviewIndex(CycleService cycle) {
		this.cycle = cycle;
	}

	/** The reviews that pass the filter, with their next deadline. */
	@Transactional(readOnly = true)
	public List<WorkService.WorkItem> rows(Filter filter) {
		LocalDate today = this.cycle.today();
		return this.cycle.all()
			.stream()
			.filter(filter::accepts)
			.map((r) -> WorkService.item(r, null, null, today))
			.filter((item) -> !filter.overdue() || item.overdue())
			.toList();
	}

	/** How many of these reviews are in each phase, every phase listed. */
	public static Map<ReviewPhase, Long> countsPerPhase(List<WorkService.WorkItem> rows) {
		Map<ReviewPhase, Long> counts = new EnumMap<>(ReviewPhase.class);
		for (ReviewPhase phase : ReviewPhase.values()) {
			counts.put(phase, 0L);
		}
		rows.forEach((row) -> counts.merge(row.review().getPhase(), 1L, Long::sum));
		return counts;
	}

	/** The rows as CSV; a cell is never read as a formula by a spreadsheet. */
	public static String csv(List<WorkService.WorkItem> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder()
					.setHeader("id", "stateUnderReview", "cluster", "cycle", "reviewGroup", "phase", "reviewingStates",
							"nextStep", "deadline", "daysLeft")
					.get())) {
			for (WorkService.WorkItem row : rows) {
				CountryReview review = row.review();
				printer.printRecord(review.getId(), review.getStateUnderReview(), review.getCluster().name(),
						review.getCycle(), review.getReviewGroup(), review.getPhase().name(),
						String.join(" ", review.getReviewingStates()),
						(row.nextStep() != null) ? row.nextStep().name() : "", row.deadline(), row.daysLeft());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** What the secretariat filters the table by; every part optional. */
	public record Filter(Integer cycle, Integer reviewGroup, ThematicCluster cluster, ReviewPhase phase,
			boolean overdue) {

		boolean accepts(CountryReview review) {
			return (this.cycle == null || this.cycle == review.getCycle())
					&& (this.reviewGroup == null || this.reviewGroup.equals(review.getReviewGroup()))
					&& (this.cluster == null || this.cluster == review.getCluster())
					&& (this.phase == null || this.phase == review.getPhase());
		}

	}

}
