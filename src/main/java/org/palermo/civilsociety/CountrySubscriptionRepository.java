package org.palermo.civilsociety;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountrySubscriptionRepository extends JpaRepository<CountrySubscription, Long> {

	Optional<CountrySubscription> findByTokenHash(String tokenHash);

	Optional<CountrySubscription> findByLeaveToken(String leaveToken);

	Optional<CountrySubscription> findByCountryCodeAndEmailIgnoreCase(String countryCode, String email);

	List<CountrySubscription> findByCountryCodeAndConfirmedAtIsNotNull(String countryCode);

}
