/**
 * Protection of anonymous requests that send mail (an organisation's registration, a
 * country subscription, a password reset) against abuse: a limit per client address and
 * per target address, shared by every instance through the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Throttling of anonymous requests")
package org.palermo.throttle;
