package org.palermo.deskreview;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueMessageRepository extends JpaRepository<DialogueMessage, Long> {

	List<DialogueMessage> findByReviewIdOrderById(long reviewId);

}
