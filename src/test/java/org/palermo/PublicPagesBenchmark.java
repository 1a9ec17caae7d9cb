package org.palermo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small load harness: 8 concurrent clients on each public page for a few seconds,
 * against a static file of the same server, printing requests per second, p50 and the
 * ratio to the static rate. Browsers revisit with {@code If-None-Match}, so each page is
 * measured both fresh and revalidated. Run with {@code mvn -Pbench verify}; no timing is
 * asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicPagesBenchmark {

	private static final int CLIENTS = 8;

	private static final Duration EACH = Duration.ofSeconds(4);

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void printFigures() throws Exception {
		System.out.printf("== Public pages (%d clients, %d s each, %d cores)%n", CLIENTS, EACH.toSeconds(),
				Runtime.getRuntime().availableProcessors());
		double staticRate = run("/css/palermo.css", false)[0];
		for (String page : List.of("/parties", "/parties/KE", "/drawings", "/instruments", "/reviews/1", "/api/parties",
				"/api/reviews")) {
			double[] fresh = run(page, false);
			double[] revalidated = run(page, true);
			System.out.printf(
					"%-16s fresh %7.0f req/s p50 %6.1f ms (%.2f of static)   revalidated %7.0f req/s (%.2f)%n", page,
					fresh[0], fresh[1], fresh[0] / staticRate, revalidated[0], revalidated[0] / staticRate);
		}
	}

	/** Requests per second and p50 in milliseconds. */
	private double[] run(String path, boolean revalidate) throws Exception {
		URI uri = URI.create("http://localhost:" + this.port + path);
		HttpResponse<byte[]> first = this.http.send(HttpRequest.newBuilder(uri).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(first.statusCode()).as(path).isEqualTo(200);
		String etag = first.headers().firstValue("ETag").orElse(null);
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		long end = System.nanoTime() + EACH.toNanos();
		List<Future<List<Long>>> results = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			results.add(clients.submit(() -> {
				List<Long> times = new ArrayList<>();
				while (System.nanoTime() < end) {
					HttpRequest.Builder request = HttpRequest.newBuilder(uri);
					if (revalidate && etag != null) {
						request.header("If-None-Match", etag);
					}
					long start = System.nanoTime();
					this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
					times.add(System.nanoTime() - start);
				}
				return times;
			}));
		}
		List<Long> all = new ArrayList<>();
		for (Future<List<Long>> result : results) {
			all.addAll(result.get());
		}
		clients.shutdown();
		long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new double[] { all.size() / (double) EACH.toSeconds(), sorted[sorted.length / 2] / 1e6 };
	}

}
