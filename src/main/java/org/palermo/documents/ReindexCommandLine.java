package org.palermo.documents;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.function.BiConsumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar palermo.jar reindex [--name=value ...]}: rebuilds the whole search
 * index from the database with a progress bar, then exits. The application starts on a
 * random local port (its security configuration needs the servlet stack), so it never
 * clashes with a running instance; if that instance holds the index, it refuses.
 */
public final class ReindexCommandLine {

	private ReindexCommandLine() {
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && args[0].equals("reindex");
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.properties("palermo.search.rebuild-on-start=false", "spring.main.banner-mode=off", "server.port=0",
					"server.address=127.0.0.1")
			.run(rest)) {
			SearchService search = context.getBean(SearchService.class);
			if (search.indexInUseElsewhere()) {
				err.println("The search index is in use by a running Palermo: stop it, or re-index at /admin/search.");
				return 1;
			}
			long indexed = search.reindex(new ProgressBar(out));
			out.println();
			out.println("Indexed " + indexed + " items.");
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("Re-indexing failed: " + ex.getMessage());
			return 1;
		}
	}

	/** {@code [#########-----------]  45%  450/1000}, redrawn in place. */
	static final class ProgressBar implements BiConsumer<Long, Long> {

		private static final int WIDTH = 40;

		private final PrintStream out;

		private int shown = -1;

		ProgressBar(PrintStream out) {
			this.out = out;
		}

		static String render(long done, long total) {
			int percent = (total == 0) ? 100 : (int) (done * 100 / total);
			int filled = percent * WIDTH / 100;
			return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + "  "
					+ done + "/" + total;
		}

		@Override
		public void accept(Long done, Long total) {
			int percent = (total == 0) ? 100 : (int) (done * 100 / total);
			if (percent != this.shown || done.equals(total)) {
				this.shown = percent;
				this.out.print("\r" + render(done, total));
				this.out.flush();
			}
		}

	}

}
