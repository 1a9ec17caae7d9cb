package org.palermo.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** In prod no demo data is ever loaded, and the secretariat needs a second factor. */
@SpringBootTest
@ActiveProfiles("prod")
class ProductionProfileIntegrationTests {

	@Autowired
	private ApplicationContext context;

	@Test
	void productionNeverLoadsDemoAccounts() {
		assertThat(this.context.getBeansOfType(DemoData.class)).isEmpty();
		assertThat(this.context.getEnvironment().getProperty("palermo.security.require-totp-for-secretariat"))
			.isEqualTo("true");
	}

}
