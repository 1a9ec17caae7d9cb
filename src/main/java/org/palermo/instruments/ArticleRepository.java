package org.palermo.instruments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

	List<Article> findAllByOrderByInstrumentAscNumberAsc();

}
