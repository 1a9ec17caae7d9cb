package org.palermo.drawing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palermo.system.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The drawings as JSON, with their input and output files for anyone to verify. */
@RestController
@Tag(name = "Drawings of lots")
class DrawingApiController {

	private final DrawingService drawings;

	DrawingApiController(DrawingService drawings) {
		this.drawings = drawings;
	}

	@GetMapping("/api/drawings")
	@Operation(summary = "Every drawing: commitment from the start, seed and result once revealed")
	List<DrawingJson> drawings() {
		return this.drawings.all()
			.stream()
			.map((d) -> DrawingJson.of(d, this.drawings.statesUnderReview(d), null, null, this.drawings.failure(d)))
			.toList();
	}

	@GetMapping("/api/drawings/{id}")
	@Operation(summary = "One drawing with its result once revealed; the seed is never shown before")
	DrawingJson drawing(@PathVariable long id) {
		Drawing drawing = this.drawings.drawing(id);
		return DrawingJson.of(drawing, this.drawings.statesUnderReview(drawing), this.drawings.result(drawing),
				this.drawings.groups(drawing), this.drawings.failure(drawing));
	}

	@GetMapping(value = "/api/drawings/{id}/input.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The drawing's input file, byte for byte (its SHA-256 is inputSha256)")
	ResponseEntity<byte[]> input(@PathVariable long id) {
		Drawing drawing = this.drawings.drawing(id);
		return file("drawing-" + id + "-input.json", drawing.getInputJson());
	}

	@GetMapping(value = "/api/drawings/{id}/draw.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The drawing's output file, once revealed (404 before)")
	ResponseEntity<byte[]> draw(@PathVariable long id) {
		Drawing drawing = this.drawings.drawing(id);
		if (!drawing.isRevealed()) {
			throw new NotFoundException("draw");
		}
		return file("drawing-" + id + "-draw.json", drawing.getResultJson() + "\n");
	}

	private static ResponseEntity<byte[]> file(String name, String content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.body(content.getBytes(StandardCharsets.UTF_8));
	}

}
