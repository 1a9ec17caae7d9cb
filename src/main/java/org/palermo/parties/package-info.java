/**
 * The States parties: their regional group and their participation in the Convention and
 * each Protocol, with the date and kind of act where it is recorded.
 */
@org.springframework.modulith.ApplicationModule(displayName = "States parties")
package org.palermo.parties;
