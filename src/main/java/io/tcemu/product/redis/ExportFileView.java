package io.tcemu.product.redis;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tcemu.lifecycle.OperationRun;
import io.tcemu.lifecycle.Resource;
import io.tcemu.lifecycle.StepProgress;
import io.tcemu.product.WireTime;
import java.util.Optional;

/** An export file as DescribeExportTasks shows it (ExportFile). */
final class ExportFileView {
    /** The operation that writes a file (lifecycle-export-file.json), named after the action that starts it. */
    static final String WRITE = "CreateExportTask";

    private ExportFileView() {
    }

    /**
     * FileSize is 0: tcemu keeps no audit log, so every file is empty. DownloadUrl, under the
     * reserved .invalid domain, is given once the file is written; ErrMsg is the message of the
     * fault that failed it; FinishTime is zero until it is written or has failed.
     */
    static ObjectNode of(Resource file) {
        ObjectNode a = file.attributes();
        String status = file.state("Status");
        Optional<OperationRun> written = file.lastRun(WRITE).filter(run -> run.outcome() != OperationRun.Outcome.CANCELLED);
        return JsonNodeFactory.instance.objectNode()
                .put("FileName", file.id())
                .put("Status", status)
                .put("FileSize", 0)
                .put("CreateTime", WireTime.format(file.createdAt()))
                .put("DownloadUrl", RedisStates.EXPORT_SUCCEEDED.contains(file)
                        ? "https://redis-audit-log.tcemu.invalid/" + a.path("InstanceId").asText() + "/" + file.id() : "")
                .put("ErrMsg", RedisStates.EXPORT_FAILED.contains(file) ? written.map(OperationRun::message).orElse("") : "")
                .put("Progress", file.progressOf(WRITE).map(StepProgress::percent).orElse(0))
                .put("FinishTime", WireTime.format(written.map(OperationRun::endedAt).orElse(null)))
                .put("AsyncRequestId", a.path("AsyncRequestId").asLong());
    }
}
