package org.palermo.demo;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.Reviewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DemoDataIntegrationTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private CycleService cycle;

	@Autowired
	private org.palermo.drawing.DrawingService drawings;

	@Test
	void theDemoAccountsArePlacedInAPlausibleReview() {
		assertThat(this.accounts.find("secretariat").map(Account::getRole)).contains(Role.SECRETARIAT);
		assertThat(this.accounts.find("focalpoint").map(Account::getPartyCode)).contains("KE");
		assertThat(this.accounts.find("expert").map(Account::getPartyCode)).contains("KE");
		assertThat(this.accounts.find("observer").map(Account::getRole)).contains(Role.OBSERVER);
		assertThat(this.accounts.find("reviewer").map(Account::getPartyCode)).contains("FR");
		assertThat(this.accounts.find("ngo").map(Account::getOrganisationId)).isPresent();
		assertThat(this.accounts.find("bureau").map(Account::getRole)).contains(Role.BUREAU);
		CountryReview review = this.cycle.reviewsOf("KE").get(0);
		assertThat(review.getReviewers()).extracting(Reviewer::getPartyCode).containsExactlyInAnyOrder("GH", "FR");
		assertThat(this.cycle.reviewsBy("FR")).extracting(CountryReview::getStateUnderReview).contains("KE");
		assertThat(this.drawings.all()).anySatisfy((d) -> {
			assertThat(d.getTitle()).isEqualTo("Review group 1, cluster II (demo)");
			assertThat(d.getReviewGroup()).isEqualTo(1);
			assertThat(d.getCommitment()).hasSize(64);
		});
	}

}
