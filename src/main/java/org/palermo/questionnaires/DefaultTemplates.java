package org.palermo.questionnaires;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start, the default template of each cluster, in English, generated from the
 * cluster's articles and published, unless the cluster has one already.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultTemplates implements ApplicationRunner {

	private final TemplateService templates;

	DefaultTemplates(TemplateService templates) {
		this.templates = templates;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.templates.ensureDefaults();
	}

}
