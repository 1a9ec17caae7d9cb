package org.palermo.instruments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleClusterChangeRepository extends JpaRepository<ArticleClusterChange, Long> {

	List<ArticleClusterChange> findByArticleIdOrderByChangedAtDescIdDesc(Long articleId);

	List<ArticleClusterChange> findTop50ByOrderByChangedAtDescIdDesc();

}
