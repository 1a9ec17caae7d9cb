package org.palermo.instruments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	/** Every article with its translated titles in one query. */
	@Query("select distinct a from Article a left join fetch a.titles")
	List<Article> findAllWithTitles();

}
