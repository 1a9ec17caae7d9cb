/**
 * Mail to the people of the Mechanism: through SMTP when a mail server is configured,
 * otherwise into an outbox the secretariat reads in the application, so the embedded
 * default works offline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.palermo.notifications;
