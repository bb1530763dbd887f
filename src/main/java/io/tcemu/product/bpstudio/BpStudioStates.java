package io.tcemu.product.bpstudio;

import io.tcemu.lifecycle.StateGroup;
import io.tcemu.lifecycle.StateTerms;

/** The state groups BPStudio code asks about, defined in its lifecycle files and checked when the module registers. */
final class BpStudioStates {
    static final StateTerms TERMS = new StateTerms();

    static final StateGroup DEPLOYED = TERMS.group(BpStudioParams.APPLICATION, "Status", "deployed");
    /** The states an operation ends in when it fails. */
    static final StateGroup FAILED = TERMS.group(BpStudioParams.APPLICATION, "Status", "failure");
    /** Applications with a prepared switch (InitAppFailOver). */
    static final StateGroup FAILOVER_PLANNED = TERMS.group(BpStudioParams.APPLICATION, "FailOver", "planned");

    private BpStudioStates() {
    }
}
