/**
 * The drawing of lots as a pure function of an input and a seed: no Spring, no database,
 * no clock. Anyone can re-run a published draw with
 * {@code java -jar palermo.jar verify-draw}.
 */
package org.palermo.drawing.engine;
