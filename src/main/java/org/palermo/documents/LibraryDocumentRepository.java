package org.palermo.documents;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LibraryDocumentRepository extends JpaRepository<LibraryDocument, Long> {

	Page<LibraryDocument> findByIdGreaterThanOrderByIdAsc(long id, Pageable page);

}
