package org.palermo.capacity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A library resource as the secretariat types it: kind, instruments, clusters, and per
 * language a title, a description and either a link or a library document's number.
 */
public record ResourceForm(String kind, List<String> instruments, List<String> clusters,
		Map<String, VersionInput> versions) {

	/** One language as typed; all blank when the resource has no version in it. */
	public record VersionInput(String title, String description, String url, String document) {

		static final VersionInput BLANK = new VersionInput("", "", "", "");

		boolean isBlank() {
			return blank(this.title) && blank(this.description) && blank(this.url) && blank(this.document);
		}

		private static boolean blank(String value) {
			return value == null || value.isBlank();
		}

	}

	public static ResourceForm empty() {
		Map<String, VersionInput> versions = new LinkedHashMap<>();
		CapacityResource.LANGUAGES.forEach((l) -> versions.put(l, VersionInput.BLANK));
		return new ResourceForm("GUIDE", List.of(), List.of(), versions);
	}

	public static ResourceForm of(CapacityResource resource) {
		Map<String, VersionInput> versions = new LinkedHashMap<>();
		for (String language : CapacityResource.LANGUAGES) {
			versions.put(language, resource.in(language)
				.map((v) -> new VersionInput(v.getTitle(), v.getDescription(), (v.getUrl() != null) ? v.getUrl() : "",
						(v.getDocumentId() != null) ? v.getDocumentId().toString() : ""))
				.orElse(VersionInput.BLANK));
		}
		return new ResourceForm(resource.getKind().name(), resource.getInstruments().stream().map(Enum::name).toList(),
				resource.getClusters().stream().map(Enum::name).toList(), versions);
	}

	/**
	 * Reads the form's fields ({@code title_en}, {@code url_fr}, ...) from request
	 * parameters.
	 */
	public static ResourceForm from(Map<String, String> params, List<String> instruments, List<String> clusters) {
		Map<String, VersionInput> versions = new LinkedHashMap<>();
		for (String l : CapacityResource.LANGUAGES) {
			versions.put(l,
					new VersionInput(params.getOrDefault("title_" + l, ""), params.getOrDefault("description_" + l, ""),
							params.getOrDefault("url_" + l, ""), params.getOrDefault("document_" + l, "")));
		}
		return new ResourceForm(params.getOrDefault("kind", ""), (instruments != null) ? instruments : List.of(),
				(clusters != null) ? clusters : List.of(), versions);
	}

}
