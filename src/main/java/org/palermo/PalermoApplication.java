package org.palermo;

import org.palermo.documents.ReindexCommandLine;
import org.palermo.drawing.DrawCommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PalermoApplication {

	public static void main(String[] args) {
		if (DrawCommandLine.handles(args)) {
			// Re-running a published drawing needs no database, network or web server.
			System.exit(DrawCommandLine.run(args, System.out, System.err));
		}
		if (ReindexCommandLine.handles(args)) {
			// Rebuilds the search index from the database, then exits.
			System.exit(ReindexCommandLine.run(PalermoApplication.class, args, System.out, System.err));
		}
		SpringApplication.run(PalermoApplication.class, args);
	}

}
