package io.tcemu.junit;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.redis.v20180412.RedisClient;
import com.tencentcloudapi.redis.v20180412.models.DescribeSlowLogRequest;
import com.tencentcloudapi.redis.v20180412.models.DescribeInstancesRequest;
import io.tcemu.Emulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs small test classes through the JUnit launcher, as a build would, and checks what the extension made of them. */
class TcemuExtensionTest {
    static final List<Integer> PORTS = new CopyOnWriteArrayList<>();

    @Test
    void failOnUnsupportedActionFailsTheTestThatCalledOneAndNamesIt() {
        TestExecutionSummary summary = run(CallsAnUnsupportedAction.class);

        assertEquals(2, summary.getTestsSucceededCount() + summary.getTestsFailedCount());
        assertEquals(1, summary.getTestsFailedCount(), "only the test that called it fails");
        Throwable failure = summary.getFailures().get(0).getException();
        assertTrue(failure.getMessage().contains("redis.DescribeSlowLog"), failure.getMessage());
        assertTrue(summary.getFailures().get(0).getTestIdentifier().getDisplayName().contains("callsOneNotEmulated"));
    }

    @Test
    void perSuiteClassesShareOneEmulatorThatStopsWhenTheRunEnds() {
        PORTS.clear();
        TestExecutionSummary summary = run(SharedFirst.class, SharedSecond.class, OwnEmulator.class);

        assertEquals(3, summary.getTestsSucceededCount(), () -> summary.getFailures().toString());
        assertEquals(PORTS.get(0), PORTS.get(1), "both perSuite classes saw one emulator");
        assertNotEquals(PORTS.get(0), PORTS.get(2), "a class without perSuite has its own");
        for (int port : PORTS) {
            assertThrows(IOException.class, () -> new Socket("127.0.0.1", port).close(), "closed after the run: " + port);
        }
    }

    private static TestExecutionSummary run(Class<?>... classes) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(classes).map(DiscoverySelectors::selectClass).toList()).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    static class CallsAnUnsupportedAction {
        @RegisterExtension
        static TcemuExtension tc = TcemuExtension.newInstance().resetEachTest(true).failOnUnsupportedAction(true).build();

        @Test
        void callsOneNotEmulated(RedisClient redis) throws TencentCloudSDKException {
            DescribeSlowLogRequest request = new DescribeSlowLogRequest();
            request.setInstanceId("crs-00000001");
            request.setBeginTime("2026-01-01 00:00:00");
            request.setEndTime("2026-01-02 00:00:00");
            // answered with its documented example, which is what the extension must not let pass silently
            assertTrue(redis.DescribeSlowLog(request).getTotalCount() >= 0);
        }

        @Test
        void callsOnlyEmulatedActions(RedisClient redis) throws TencentCloudSDKException {
            assertEquals(0L, redis.DescribeInstances(new DescribeInstancesRequest()).getTotalCount());
        }
    }

    @TcemuTest(perSuite = true)
    static class SharedFirst {
        @Test
        void notesItsEmulator(Emulator emulator) {
            PORTS.add(emulator.httpPort());
        }
    }

    @TcemuTest(perSuite = true)
    static class SharedSecond {
        @Test
        void notesItsEmulator(Emulator emulator) {
            PORTS.add(emulator.httpPort());
        }
    }

    @TcemuTest
    static class OwnEmulator {
        @Test
        void notesItsEmulator(Emulator emulator) {
            PORTS.add(emulator.httpPort());
        }
    }
}
