package io.tcemu.product.wedata;

import io.tcemu.lifecycle.StateTerms;
import io.tcemu.lifecycle.WireMapping;

/** The wire mapping WeData code names, defined in its lifecycle file and checked when the module registers. */
final class WedataStates {
    static final StateTerms TERMS = new StateTerms();

    /** IntegrationTaskInfo.Status: the integer of each status. */
    static final WireMapping TASK_STATUS = TERMS.wire(WedataParams.LIFECYCLE, TaskStatus.DIMENSION, "Status");

    private WedataStates() {
    }
}
