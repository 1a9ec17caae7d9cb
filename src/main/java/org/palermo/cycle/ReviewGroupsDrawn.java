package org.palermo.cycle;

import java.util.List;
import java.util.Map;

/** The parties were split into review groups by lot. Published by the drawing module. */
public record ReviewGroupsDrawn(long drawingId, Map<Integer, List<String>> members) {
}
