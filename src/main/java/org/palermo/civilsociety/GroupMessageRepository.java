package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMessageRepository extends JpaRepository<GroupMessage, Long> {

	List<GroupMessage> findByGroupIdOrderByPostedAtAscIdAsc(Long groupId);

}
