package io.tcemu.product.bpstudio;

import io.tcemu.lifecycle.Resource;

import java.util.List;

/**
 * The zones an application can be switched to: five zones of its AreaId (g to k, as in the
 * documentation's example cn-hangzhou-g), less the one it was last failed over to.
 */
final class FailZones {
    private static final List<String> LETTERS = List.of("g", "h", "i", "j", "k");

    private FailZones() {
    }

    static List<String> of(Resource application) {
        String area = application.attributes().path("AreaId").asText();
        String current = application.attributes().path("FailZone").asText("");
        return LETTERS.stream().map(letter -> area + "-" + letter).filter(zone -> !zone.equals(current)).toList();
    }
}
