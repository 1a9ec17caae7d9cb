package org.palermo.documents;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.palermo.PalermoApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar palermo.jar reindex}: a progress bar, then how many items it indexed.
 */
class ReindexCommandLineTests {

	@Test
	void theProgressBarShowsHowFarItIs() {
		assertThat(ReindexCommandLine.ProgressBar.render(0, 200))
			.isEqualTo("[----------------------------------------]   0%  0/200");
		assertThat(ReindexCommandLine.ProgressBar.render(50, 200))
			.isEqualTo("[##########------------------------------]  25%  50/200");
		assertThat(ReindexCommandLine.ProgressBar.render(200, 200))
			.isEqualTo("[########################################] 100%  200/200");
		assertThat(ReindexCommandLine.ProgressBar.render(0, 0))
			.startsWith("[########################################] 100%");
	}

	@Test
	void onlyTheReindexCommandIsHandled() {
		assertThat(ReindexCommandLine.handles(new String[] { "reindex" })).isTrue();
		assertThat(ReindexCommandLine.handles(new String[] { "draw" })).isFalse();
		assertThat(ReindexCommandLine.handles(new String[0])).isFalse();
	}

	@TempDir
	Path dataDir;

	@Test
	void theCommandRebuildsTheIndexFromTheDatabaseAndExitsZero() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ReindexCommandLine.run(PalermoApplication.class,
				new String[] { "reindex", "--palermo.data-dir=" + this.dataDir },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(printed).contains("] 100%").containsPattern("Indexed [0-9]+ items\\.");
		assertThat(this.dataDir.resolve("search-index")).isNotEmptyDirectory();
	}

	@Test
	void theCommandRefusesWhileAnotherPalermoHoldsTheIndex() throws Exception {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		try (LuceneSearchIndex running = new LuceneSearchIndex(this.dataDir.resolve("search-index"))) {
			int status = ReindexCommandLine.run(PalermoApplication.class,
					new String[] { "reindex", "--palermo.data-dir=" + this.dataDir },
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			assertThat(status).isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains("in use by a running Palermo");
			assertThat(running.isPrivateCopy()).isFalse();
		}
	}

}
