package org.palermo.capacity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;

/**
 * A guide, training course, toolkit or video of the capacity-building library, in any of
 * the six languages; readable by anyone once the secretariat publishes it.
 */
@Entity
public class CapacityResource {

	static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ResourceKind kind;

	private String instruments;

	private String clusters;

	private boolean published;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "capacity_resource_version", joinColumns = @JoinColumn(name = "resource_id"))
	private List<LanguageVersion> versions = new ArrayList<>();

	protected CapacityResource() {
	}

	CapacityResource(Instant now) {
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Replaces what the resource says and where it leads; stays as published as it was.
	 */
	void describe(ResourceKind kind, Set<Instrument> instruments, Set<ThematicCluster> clusters,
			List<LanguageVersion> versions, Instant now) {
		this.kind = kind;
		this.instruments = instruments.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.clusters = clusters.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		this.versions.clear();
		this.versions.addAll(versions);
		this.updatedAt = now;
	}

	void publish(Instant now) {
		this.published = true;
		this.updatedAt = now;
	}

	void unpublish(Instant now) {
		this.published = false;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public ResourceKind getKind() {
		return this.kind;
	}

	public Set<Instrument> getInstruments() {
		return parse(this.instruments, Instrument.class);
	}

	public Set<ThematicCluster> getClusters() {
		return parse(this.clusters, ThematicCluster.class);
	}

	public boolean isPublished() {
		return this.published;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	/** The language versions, in the order of the six languages. */
	public List<LanguageVersion> getVersions() {
		return this.versions.stream()
			.sorted(Comparator.comparingInt((LanguageVersion v) -> LANGUAGES.indexOf(v.getLanguage())))
			.toList();
	}

	public Optional<LanguageVersion> in(String language) {
		return this.versions.stream().filter((v) -> v.getLanguage().equals(language)).findFirst();
	}

	/** The version to show a reader: theirs, else English, else the first there is. */
	public LanguageVersion shownIn(Locale locale) {
		return in(locale.getLanguage()).or(() -> in("en")).orElseGet(() -> getVersions().get(0));
	}

	public boolean hasLanguage(String language) {
		return in(language).isPresent();
	}

	private static <E extends Enum<E>> Set<E> parse(String joined, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (joined != null && !joined.isBlank()) {
			Arrays.stream(joined.split(",")).map((name) -> Enum.valueOf(type, name)).forEach(values::add);
		}
		return values;
	}

}
