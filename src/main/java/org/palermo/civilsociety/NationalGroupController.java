package org.palermo.civilsociety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.palermo.civilsociety.CivilSocietyPolicy.GroupAction;
import org.palermo.parties.PartyService;
import org.palermo.reports.PdfRenderer;
import org.palermo.system.UserInputException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * National working groups: an organisation's groups, forming one, the shared space, the
 * coordinator's work and the letter to the focal point. Every decision is the
 * {@link CivilSocietyPolicy}'s.
 */
@Controller
class NationalGroupController {

	private final NationalGroupService groups;

	private final CountryInputService inputs;

	private final OrganisationService organisations;

	private final CivilSocietyPolicy policy;

	private final PartyService parties;

	private final PdfRenderer pdf;

	NationalGroupController(NationalGroupService groups, CountryInputService inputs, OrganisationService organisations,
			CivilSocietyPolicy policy, PartyService parties, PdfRenderer pdf) {
		this.groups = groups;
		this.inputs = inputs;
		this.organisations = organisations;
		this.policy = policy;
		this.parties = parties;
		this.pdf = pdf;
	}

	@GetMapping("/groups")
	String mine(Principal principal, Model model) {
		OrganisationService.Membership membership = this.organisations.membershipOf(principal.getName());
		model.addAttribute("membership", membership);
		model.addAttribute("groups", this.groups.ofOwnOrganisation(principal.getName()));
		model.addAttribute("parties", this.parties.find(null, null));
		return "civilsociety/groups";
	}

	@PostMapping("/groups")
	String create(@RequestParam(defaultValue = "") String countryCode, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean publiclyListed, Principal principal, Model model,
			RedirectAttributes redirect) {
		this.organisations.requireAdministrator(principal.getName());
		try {
			NationalGroup group = this.groups.create(principal.getName(), countryCode, name, publiclyListed);
			return "redirect:/groups/" + group.getId();
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			redirect.addFlashAttribute("name", name);
			redirect.addFlashAttribute("countryCode", countryCode);
			return "redirect:/groups";
		}
	}

	@GetMapping("/admin/groups")
	String all(Model model) {
		model.addAttribute("groups", this.groups.all());
		return "civilsociety/admin-groups";
	}

	@GetMapping("/groups/{id}")
	String space(@PathVariable long id, Principal principal, Model model) {
		String username = principal.getName();
		NationalGroupService.Space space = this.groups.space(id, username);
		model.addAttribute("space", space);
		model.addAttribute("group", space.group());
		model.addAttribute("inputs", this.inputs.ofGroup(id, username));
		model.addAttribute("mayContribute", this.policy.may(username, GroupAction.CONTRIBUTE, id));
		boolean coordinate = this.policy.may(username, GroupAction.COORDINATE, id);
		model.addAttribute("mayCoordinate", coordinate);
		model.addAttribute("mayLeave", this.policy.may(username, GroupAction.LEAVE, id));
		if (coordinate) {
			model.addAttribute("invitable", this.groups.invitable(id));
		}
		model.addAttribute("languages", NationalGroupService.LANGUAGES);
		return "civilsociety/group";
	}

	@PostMapping("/groups/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam(defaultValue = "-1") long organisationId, Principal principal,
			RedirectAttributes redirect) {
		return act(id, redirect, "nwg.done.invited", () -> this.groups.invite(principal.getName(), id, organisationId));
	}

	@PostMapping("/groups/{id}/accept")
	String accept(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "nwg.done.joined", () -> this.groups.accept(principal.getName(), id));
	}

	@PostMapping("/groups/{id}/leave")
	String leave(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		try {
			this.groups.leave(principal.getName(), id);
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/groups/" + id;
		}
		redirect.addFlashAttribute("done", "nwg.done.left");
		return "redirect:/groups";
	}

	@PostMapping("/groups/{id}/coordinator")
	String handOver(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(defaultValue = "-1") long organisationId, Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "nwg.done.handedOver",
				() -> this.groups.handOver(principal.getName(), id, version, organisationId));
	}

	@PostMapping("/groups/{id}/messages")
	String post(@PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) Long replyTo, Principal principal, RedirectAttributes redirect) {
		String target = act(id, redirect, null, () -> this.groups.post(principal.getName(), id, replyTo, body));
		if (redirect.getFlashAttributes().containsKey("error")) {
			redirect.addFlashAttribute("body", body);
		}
		return target;
	}

	@PostMapping("/groups/{id}/files")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String title, Principal principal, RedirectAttributes redirect)
			throws IOException {
		byte[] content = (file != null) ? file.getBytes() : null;
		String name = (file != null) ? file.getOriginalFilename() : null;
		String target = act(id, redirect, "nwg.done.uploaded",
				() -> this.groups.upload(principal.getName(), id, title, name, content));
		if (redirect.getFlashAttributes().containsKey("error")) {
			redirect.addFlashAttribute("fileTitle", title);
		}
		return target;
	}

	@GetMapping("/groups/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Principal principal) {
		NationalGroupService.Download file = this.groups.download(principal.getName(), id, fileId);
		return attachment(file.fileName(), file.mediaType(), file.content());
	}

	@GetMapping("/groups/{id}/letter")
	String letter(@PathVariable long id, @RequestParam(defaultValue = "en") String lang, Principal principal,
			Model model) {
		model.addAttribute("letter", this.groups.letter(principal.getName(), id, lang));
		model.addAttribute("groupId", id);
		model.addAttribute("languages", NationalGroupService.LANGUAGES);
		model.addAttribute("mayCoordinate", this.policy.may(principal.getName(), GroupAction.COORDINATE, id));
		return "civilsociety/group-letter";
	}

	@GetMapping("/groups/{id}/letter.pdf")
	ResponseEntity<byte[]> letterPdf(@PathVariable long id, @RequestParam(defaultValue = "en") String lang,
			Principal principal) {
		NationalGroupService.Letter letter = this.groups.letter(principal.getName(), id, lang);
		return attachment("letter-" + id + "-" + letter.language() + ".pdf", MediaType.APPLICATION_PDF_VALUE,
				this.pdf.render(NationalGroupService.report(letter, id)));
	}

	@PostMapping("/groups/{id}/letter/send")
	String sendLetter(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "nwg.done.letterSent", () -> this.groups.sendLetter(principal.getName(), id));
	}

	private static String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			if (done != null) {
				redirect.addFlashAttribute("done", done);
			}
		}
		catch (UserInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/groups/" + id;
	}

	static ResponseEntity<byte[]> attachment(String fileName, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
