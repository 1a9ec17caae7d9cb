package org.palermo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long a summary of at least 100 pages takes to render to PDF in English,
 * Arabic and Chinese (goal: under 10 s each). Run with {@code mvn -Pbench verify}; it
 * asserts the page count, never the time.
 */
class SummaryPdfBenchmark {

	@Test
	void printFigures() throws Exception {
		System.out
			.println("== Summary PDF benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, load average "
					+ java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() + ")");
		PdfRenderer renderer = new PdfRenderer();
		renderer.render(PdfRendererTests.report("en", "warm-up"));
		// Two rounds: the first includes the JVM's warm-up and the first reading of each
		// font, the second is what a running server does.
		for (int round = 1; round <= 2; round++) {
			round(renderer, round);
		}
	}

	private static void round(PdfRenderer renderer, int round) throws Exception {
		for (String[] lang : List.of(new String[] { "en", "3",
				"The State under review has adopted a comprehensive programme for the protection of witnesses and victims, with relocation, identity change and support services. " },
				new String[] { "ar", "5",
						"اعتمدت الدولة المستعرَضة برنامجًا شاملًا لحماية الشهود والضحايا يتضمن النقل وتغيير الهوية وخدمات الدعم. " },
				new String[] { "zh", "7", "受审议国通过了一项保护证人和被害人的综合方案，包括迁移、更改身份和支助服务。" })) {
			List<Report.Block> blocks = new ArrayList<>();
			for (int article = 1; article <= 170; article++) {
				blocks.add(Report.Block.subheading("Article " + article));
				for (int i = 0; i < 4; i++) {
					blocks.add(Report.Block.labelled("Good practice:", lang[2].repeat(Integer.parseInt(lang[1]))));
				}
			}
			Report report = new Report("UNTOC/RM/1/II/MN/SUM", LocalDate.of(2026, 11, 30), lang[0],
					List.of("Distr.", "Date:", "Original"), "Summary", "", blocks);
			java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
			long cpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			byte[] pdf = renderer.render(report);
			long millis = (System.nanoTime() - start) / 1_000_000;
			long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
			try (PDDocument document = Loader.loadPDF(pdf)) {
				System.out.printf("round %d, %s: %d pages, %d KB, %d ms elapsed, %d ms of CPU%n", round, lang[0],
						document.getNumberOfPages(), pdf.length / 1024, millis, cpuMillis);
				assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(100);
			}
		}
	}

}
