package org.palermo.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code palermo.security}.
 *
 * @param absoluteSessionTimeout a session ends this long after sign-in, however active
 * @param requireTotpForSecretariat whether the secretariat must use a second factor (on
 * in prod)
 * @param maxFailedLogins failures allowed for one user from one address within the window
 * @param failedLoginWindow how long failures count, and how long a throttled pair waits
 * @param requireSecondFactorForEveryone whether every account, not only the secretariat,
 * must use a second factor (an authenticator app or a passkey)
 */
@ConfigurationProperties("palermo.security")
public record SecuritySettings(Duration absoluteSessionTimeout, boolean requireTotpForSecretariat, int maxFailedLogins,
		Duration failedLoginWindow, boolean requireSecondFactorForEveryone) {

}
