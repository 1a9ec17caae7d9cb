package org.palermo.parties;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.palermo.audit.AuditService;
import org.palermo.instruments.Instrument;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;
import org.palermo.system.UserInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's import of an updated participation file: upload, preview every
 * change, then apply it (or discard it). Every applied change to a State is audited.
 */
@Service
public class ParticipationImportService {

	static final int MAX_BYTES = 1024 * 1024;

	private final ParticipationImportRepository imports;

	private final StatePartyRepository parties;

	private final PartyNames names;

	private final AuditService audit;

	private final Clock clock;

	ParticipationImportService(ParticipationImportRepository imports, StatePartyRepository parties, PartyNames names,
			AuditService audit, Clock clock) {
		this.imports = imports;
		this.parties = parties;
		this.names = names;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Keeps an uploaded file for preview; refuses what is too large or not UTF-8 text.
	 */
	@Transactional
	public long upload(String fileName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UserInputException("import.error.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UserInputException("import.error.tooLarge");
		}
		String name = (fileName != null) ? fileName : "";
		if (!name.toLowerCase(Locale.ROOT).endsWith(".csv") && !isStatusPage(name)) {
			throw new UserInputException("import.error.type");
		}
		String content;
		try {
			content = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UserInputException("import.error.type");
		}
		if (content.startsWith("\uFEFF")) {
			content = content.substring(1);
		}
		if (content.indexOf('\0') >= 0) {
			throw new UserInputException("import.error.type");
		}
		if (isStatusPage(name) && !content.toLowerCase(Locale.ROOT).contains("<table")) {
			// Checked from the content: a saved status page holds its table.
			throw new UserInputException("untc.error.type");
		}
		ParticipationImport upload = new ParticipationImport(name.length() > 255 ? name.substring(0, 255) : name,
				content, actor(), Instant.now(this.clock));
		this.imports.save(upload);
		this.audit.record("participation.import.uploaded", "participation-import", String.valueOf(upload.getId()), null,
				Map.of("fileName", upload.getFileName(), "bytes", bytes.length));
		return upload.getId();
	}

	@Transactional(readOnly = true)
	public List<ParticipationImport> recent() {
		return this.imports.findTop20ByOrderByIdDesc();
	}

	@Transactional(readOnly = true)
	public ImportPreview preview(long id) {
		ParticipationImport upload = this.imports.findById(id).orElseThrow(() -> new NotFoundException("import"));
		List<StateParty> all = this.parties.findAllWithParticipation();
		ParticipationCsv.Result result = read(upload, all);
		Map<String, StateParty> current = all.stream()
			.collect(Collectors.toMap(StateParty::getCode, Function.identity()));
		List<ImportPreview.PartyChange> changes = new ArrayList<>();
		int unchanged = 0;
		if (result.isValid()) {
			for (ParticipationCsv.Row row : result.rows()) {
				StateParty existing = current.get(row.code());
				List<ImportPreview.FieldChange> fields = diff(existing, row);
				if (fields.isEmpty()) {
					unchanged++;
				}
				else {
					changes.add(new ImportPreview.PartyChange(row.code(), row.name(), existing == null, fields));
				}
			}
		}
		Set<String> inFile = result.rows().stream().map(ParticipationCsv.Row::code).collect(Collectors.toSet());
		List<String> missing = current.keySet().stream().filter((code) -> !inFile.contains(code)).sorted().toList();
		return new ImportPreview(upload, result.problems(), changes, unchanged, result.isValid() ? missing : List.of());
	}

	/**
	 * Applies a previewed file; the version the secretariat previewed must still be the
	 * pending one.
	 */
	@Transactional
	public int apply(long id, long seenVersion) {
		ImportPreview preview = preview(id);
		ParticipationImport upload = preview.upload();
		if (upload.getVersion() != seenVersion || upload.getStatus() != ParticipationImport.Status.PENDING) {
			throw new ConcurrentEditException("import " + id);
		}
		if (!preview.problems().isEmpty()) {
			throw new UserInputException("import.error.problems");
		}
		ParticipationCsv.Result result = read(upload, this.parties.findAllWithParticipation());
		Set<String> changed = preview.changes()
			.stream()
			.map(ImportPreview.PartyChange::code)
			.collect(Collectors.toSet());
		for (ParticipationCsv.Row row : result.rows()) {
			if (!changed.contains(row.code())) {
				continue;
			}
			StateParty party = this.parties.findById(row.code()).orElse(null);
			Map<String, Object> before = (party != null) ? snapshot(party) : null;
			if (party == null) {
				party = new StateParty(row.code(), row.name(), row.group(), row.unMember());
			}
			party.update(row.name(), row.group(), row.unMember(), row.participations());
			this.parties.save(party);
			this.names.remember(row.code(), row.name());
			this.audit.record((before == null) ? "party.created" : "party.updated", "party", row.code(), before,
					snapshot(party));
		}
		upload.apply(actor(), Instant.now(this.clock));
		this.imports.saveAndFlush(upload);
		this.audit.record("participation.import.applied", "participation-import", String.valueOf(id), null,
				Map.of("changedParties", changed.size()));
		return changed.size();
	}

	/**
	 * A saved UN Treaty Collection status page ({@code .html}, {@code .htm}) rather than
	 * a participation file.
	 */
	private static boolean isStatusPage(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".html") || name.endsWith(".htm");
	}

	/**
	 * The rows of an upload: a participation file, or a status page read against the
	 * parties.
	 */
	private static ParticipationCsv.Result read(ParticipationImport upload, List<StateParty> current) {
		return isStatusPage(upload.getFileName()) ? UntcStatusPage.read(upload.getContent(), current)
				: ParticipationCsv.read(new StringReader(upload.getContent()));
	}

	@Transactional
	public void discard(long id) {
		ParticipationImport upload = this.imports.findById(id).orElseThrow(() -> new NotFoundException("import"));
		if (upload.getStatus() != ParticipationImport.Status.PENDING) {
			throw new ConcurrentEditException("import " + id);
		}
		upload.discard();
		this.audit.record("participation.import.discarded", "participation-import", String.valueOf(id), null, null);
	}

	static Map<String, Object> snapshot(StateParty party) {
		return new LinkedHashMap<>(cells(party.getCode(), party.getName(), party.getRegionalGroup(), party.isUnMember(),
				party.getParticipations()));
	}

	private static List<ImportPreview.FieldChange> diff(StateParty existing, ParticipationCsv.Row row) {
		Map<String, String> after = cells(row.code(), row.name(), row.group(), row.unMember(), row.participations());
		Map<String, String> before = (existing != null) ? cells(existing.getCode(), existing.getName(),
				existing.getRegionalGroup(), existing.isUnMember(), existing.getParticipations()) : Map.of();
		List<ImportPreview.FieldChange> fields = new ArrayList<>();
		for (Map.Entry<String, String> cell : after.entrySet()) {
			String old = before.getOrDefault(cell.getKey(), "");
			if (existing == null || !old.equals(cell.getValue())) {
				fields.add(new ImportPreview.FieldChange(cell.getKey(), old, cell.getValue()));
			}
		}
		return fields;
	}

	private static Map<String, String> cells(String code, String name, RegionalGroup group, boolean unMember,
			List<Participation> participations) {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("name", name);
		cells.put("regional_group", group.name());
		cells.put("un_member", String.valueOf(unMember));
		for (Instrument instrument : Instrument.values()) {
			String prefix = instrument.name().toLowerCase(Locale.ROOT);
			Participation p = participations.stream()
				.filter((candidate) -> candidate.getInstrument() == instrument)
				.findFirst()
				.orElse(null);
			cells.put(prefix + "_party", (p != null && p.getParty() != null) ? p.getParty().toString() : "");
			cells.put(prefix + "_date", (p != null && p.getDate() != null) ? p.getDate().toString() : "");
			cells.put(prefix + "_action", (p != null && p.getAction() != null) ? p.getAction().name() : "");
		}
		return cells;
	}

	private static String actor() {
		return AuditService.currentActor();
	}

}
