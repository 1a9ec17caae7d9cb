package org.palermo.questionnaires;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A comment and its replies, as a thread shows them. */
public record CommentThread(Comment comment, List<Comment> replies) {

	/** The threads of a question's comments, oldest first. */
	static List<CommentThread> of(List<Comment> comments) {
		Map<Long, List<Comment>> replies = new LinkedHashMap<>();
		List<Comment> roots = new ArrayList<>();
		for (Comment comment : comments) {
			if (comment.getParentId() == null) {
				roots.add(comment);
			}
			else {
				replies.computeIfAbsent(rootOf(comment, comments), (k) -> new ArrayList<>()).add(comment);
			}
		}
		return roots.stream().map((c) -> new CommentThread(c, replies.getOrDefault(c.getId(), List.of()))).toList();
	}

	private static Long rootOf(Comment comment, List<Comment> all) {
		Comment current = comment;
		for (int depth = 0; current.getParentId() != null && depth < 50; depth++) {
			Long parentId = current.getParentId();
			current = all.stream().filter((c) -> c.getId().equals(parentId)).findFirst().orElse(null);
			if (current == null) {
				return parentId;
			}
		}
		return current.getId();
	}

}
