package io.tcemu.product.dts;

import io.tcemu.lifecycle.StateGroup;
import io.tcemu.lifecycle.StateTerms;
import io.tcemu.lifecycle.WireMapping;
import java.util.List;

/** The state groups DTS code asks about, defined in its lifecycle files and checked when the module registers. */
final class DtsStates {
    static final StateTerms TERMS = new StateTerms();

    private static final String MIGRATION = MigrationJobs.LIFECYCLE;
    static final StateGroup MIGRATION_UNCHECKED = TERMS.group(MIGRATION, "Status", "unchecked");
    static final StateGroup MIGRATION_CHECKING = TERMS.group(MIGRATION, "Status", "checkInProgress");
    static final StateGroup MIGRATION_CHECK_NOT_PASSED = TERMS.group(MIGRATION, "Status", "checkNotPassed");
    /** Until it starts, StepInfo shows the pre-check (DescribeMigrationDetail's StepInfo document). */
    static final StateGroup MIGRATION_CHECK_PHASE = TERMS.group(MIGRATION, "Status", "checkPhase");
    static final StateGroup MIGRATION_SUCCEEDED = TERMS.group(MIGRATION, "Status", "succeeded");
    static final StateGroup MIGRATION_ENDED = TERMS.group(MIGRATION, "Status", "ended");
    static final StateGroup MIGRATION_APPLYING_INCREMENTS = TERMS.group(MIGRATION, "Status", "applyingIncrements");
    static final StateGroup MIGRATION_STOPPED_SHORT = TERMS.group(MIGRATION, "Status", "stoppedShort");
    static final StateGroup MIGRATION_INTERRUPTED = TERMS.group(MIGRATION, "Status", "interrupted");
    static final StateGroup MIGRATION_FAILED = TERMS.group(MIGRATION, "Status", "failure");
    static final StateGroup MIGRATION_STATE_UNKNOWN = TERMS.group(MIGRATION, "Status", "stateUnknown");

    private static final List<String> COMPARE = List.of("dts.CompareTask", "dts.SyncCompareTask");
    static final StateGroup COMPARE_SUCCEEDED = TERMS.group(COMPARE, "Status", "succeeded");
    static final StateGroup COMPARE_FAILED = TERMS.group(COMPARE, "Status", "failure");
    static final StateGroup COMPARE_ENDED = TERMS.group(COMPARE, "Status", "ended");
    /** A check's ProcessProgress.Status, where it is not the check's own status. */
    static final WireMapping COMPARE_PROCESS_STATUS = TERMS.wire(COMPARE, "Status", "ProcessStatus");

    private static final String SYNC = SyncJobs.LIFECYCLE;
    static final StateGroup SYNC_RUNNING = TERMS.group(SYNC, "Status", "syncing");
    static final StateGroup SYNC_ENDED = TERMS.group(SYNC, "Status", "ended");
    static final StateGroup SYNC_INTERRUPTED = TERMS.group(SYNC, "Status", "interrupted");
    static final StateGroup SYNC_FAILED = TERMS.group(SYNC, "Status", "failure");
    /** The pre-check's states (Status) and the modification check's (OptObjStatus), for {@link SyncCheck}. */
    static final StateGroup SYNC_UNCHECKED = TERMS.group(SYNC, "Status", "unchecked");
    static final StateGroup SYNC_CHECKING = TERMS.group(SYNC, "Status", "checkInProgress");
    static final StateGroup SYNC_CHECK_NOT_PASSED = TERMS.group(SYNC, "Status", "checkNotPassed");
    static final StateGroup MODIFICATION_UNCHECKED = TERMS.group(SYNC, "OptObjStatus", "unchecked");
    static final StateGroup MODIFICATION_CHECKING = TERMS.group(SYNC, "OptObjStatus", "checkInProgress");
    static final StateGroup MODIFICATION_CHECK_NOT_PASSED = TERMS.group(SYNC, "OptObjStatus", "checkNotPassed");

    private static final String SUBSCRIBE = Subscriptions.LIFECYCLE;
    static final StateGroup SUBSCRIBE_UNCHECKED = TERMS.group(SUBSCRIBE, "SubsStatus", "unchecked");
    static final StateGroup SUBSCRIBE_CHECKING = TERMS.group(SUBSCRIBE, "SubsStatus", "checkInProgress");
    static final StateGroup SUBSCRIBE_CHECK_NOT_PASSED = TERMS.group(SUBSCRIBE, "SubsStatus", "checkNotPassed");
    static final StateGroup SUBSCRIBE_ISOLATED = TERMS.group(SUBSCRIBE, "Status", "inIsolation");

    /** Where ResetConsumerGroupOffset changes offsets, as its document says. */
    static final StateGroup CONSUMER_GROUP_RESETTABLE = TERMS.group(ConsumerGroups.LIFECYCLE, "ConsumerGroupState", "resettable");

    private DtsStates() {
    }
}
