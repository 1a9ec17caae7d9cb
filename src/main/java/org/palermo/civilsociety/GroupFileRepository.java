package org.palermo.civilsociety;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupFileRepository extends JpaRepository<GroupFile, Long> {

	List<GroupFile> findByGroupIdOrderByUploadedAtDescIdDesc(Long groupId);

}
