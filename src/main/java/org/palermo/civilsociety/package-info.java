/**
 * Civil society and other stakeholders: organisations (NGOs, academia, the private
 * sector), later constructive dialogues, contributions and coalitions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Civil society")
package org.palermo.civilsociety;
