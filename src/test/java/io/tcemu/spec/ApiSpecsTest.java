package io.tcemu.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiSpecsTest {
    private static final ApiSpecs SPECS = ApiSpecs.load();

    @Test
    void loadsEveryProductVersionOfTheIndex() {
        assertEquals(List.of("bpstudio", "dts", "redis", "wedata"), List.copyOf(SPECS.products()));
        assertEquals(Set.of("2021-09-31"), SPECS.versions("bpstudio"));
        assertEquals(Set.of("2021-12-06"), SPECS.versions("dts"));
        assertEquals(Set.of("2018-04-12"), SPECS.versions("redis"));
        assertEquals(Set.of("2021-08-20"), SPECS.versions("wedata"));
        assertEquals(Set.of(), SPECS.versions("cvm"));
    }

    @Test
    void routesAVersionAndActionToTheProductsDefiningIt() {
        assertEquals(List.of("dts"), SPECS.productsWithAction("2021-12-06", "DescribeMigrationJobs"));
        assertEquals(List.of("redis"), SPECS.productsWithAction("2018-04-12", "DescribeTaskInfo"));
        assertEquals(List.of("wedata"), SPECS.productsWithAction("2021-08-20", "StartIntegrationTask"));
        assertEquals(List.of(), SPECS.productsWithAction("2018-04-12", "DescribeMigrationJobs"));
        assertEquals(List.of(), SPECS.productsWithAction("2021-12-06", "NoSuchAction"));
    }

    @Test
    void describesInputAndOutputMembersAndNestedStructures() {
        ActionSpec action = SPECS.action("dts", "2021-12-06", "DescribeMigrationJobs").orElseThrow();
        assertEquals("DescribeMigrationJobs", action.name());
        assertEquals(new MemberSpec("Limit", "int", "uint64", false, false), action.input().members().get("Limit"));
        assertEquals(new MemberSpec("TagFilters", "list", "TagFilter", false, false),
                action.input().members().get("TagFilters"));
        assertTrue(action.struct("TagFilter").members().get("TagKey").required());
        assertEquals(List.of("TotalCount", "JobList", "RequestId"), List.copyOf(action.output().members().keySet()));
        assertTrue(SPECS.action("dts", "2021-12-06", "StartMigrateJob").orElseThrow()
                .input().members().get("JobId").required());
        assertFalse(SPECS.action("dts", "2018-04-12", "DescribeMigrationJobs").isPresent());
    }

    @Test
    void marksTheResponseMembersTheModelSaysAreAlwaysPresent() {
        ActionSpec describe = SPECS.action("redis", "2018-04-12", "DescribeInstances").orElseThrow();
        assertEquals(new MemberSpec("VpcId", "int", "int64", false, true),
                describe.struct("InstanceSet").members().get("VpcId"));
        assertFalse(SPECS.action("dts", "2021-12-06", "DescribeMigrationJobs").orElseThrow()
                .input().members().get("Limit").outputRequired(), "request members are never output-required");
    }

    @Test
    void describesTheHandWrittenBpstudioSpecWhereTheSdkRequiresNothing() {
        ActionSpec status = SPECS.action("bpstudio", "2021-09-31", "GetFoTaskStatus").orElseThrow();
        assertEquals(new MemberSpec("TaskId", "int", "int64", false, false), status.input().members().get("TaskId"));
        assertEquals(List.of("Code", "Data", "Message", "RequestId"), List.copyOf(status.output().members().keySet()));
        assertEquals("string", status.output().members().get("Code").member(), "GetFoTaskStatus types Code as a string");
        ActionSpec create = SPECS.action("bpstudio", "2021-09-31", "CreateApplication").orElseThrow();
        assertEquals("int64", create.output().members().get("Code").member(), "CreateApplication types Code as an int");
        assertEquals(new MemberSpec("Configuration", "string", "string", false, false),
                create.input().members().get("Configuration"), "a map travels as a JSON string");
        assertEquals(new MemberSpec("Tag", "list", "TagFilter", false, false), SPECS.action("bpstudio", "2021-09-31",
                "ListTagResources").orElseThrow().input().members().get("Tag"));
        assertEquals(List.of("bpstudio"), SPECS.productsWithAction("2021-09-31", "ListFoCreatedApps"));
    }

    @Test
    void knowsErrorCodeNamesPerProductAndPerAction() {
        assertTrue(SPECS.errorCodes("dts", "2021-12-06").contains("ResourceNotFound.JobNotExist"));
        assertTrue(SPECS.errorCodes("redis", "2018-04-12").contains("ResourceNotFound.InstanceNotExists"));
        assertTrue(SPECS.errorCodes("dts", "2021-12-06", "StartMigrateJob").contains("ResourceNotFound.JobNotExist"));
        assertEquals(List.of("FailedOperation"), SPECS.errorCodes("wedata", "2021-08-20", "AddProjectUserRole"));
        assertEquals(Set.of(), SPECS.errorCodes("dts", "1999-01-01"));
        assertEquals(List.of(), SPECS.errorCodes("dts", "2021-12-06", "NoSuchAction"));
    }
}
