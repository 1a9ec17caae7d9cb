/**
 * The people of the Mechanism and their roles: secretariat, focal points, governmental
 * experts and observers of a State party, civil society members and the Extended Bureau;
 * invitations, second factor and personal access tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.palermo.accounts;
