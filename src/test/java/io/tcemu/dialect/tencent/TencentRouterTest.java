package io.tcemu.dialect.tencent;

import io.tcemu.api.ApiError;
import io.tcemu.api.Language;
import io.tcemu.auth.Accounts;
import io.tcemu.dialect.Caller;
import io.tcemu.dialect.DecodedRequest;
import io.tcemu.dialect.HttpCall;
import io.tcemu.dialect.Route;
import io.tcemu.spec.ApiSpecs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Which product a (Version, Action) pair reaches, and what the Host or the credential scope says
 * when two products share the pair: the twin-specs test product repeats toy's DescribeLamp.
 */
class TencentRouterTest {
    private static final ApiSpecs SPECS = ApiSpecs.load(List.of("toy-specs/", "twin-specs/"));
    private static final String TOY = "2026-01-01";
    private static final String DTS = "2021-12-06";

    private static Route route(Set<String> products, String host, String scopeService, String action, String version) {
        DecodedRequest request = new DecodedRequest(action, version, null, Language.EN_US, null, null, true, Map.of(), null);
        HttpCall call = new HttpCall("POST", "/", "", Map.of("host", host), new byte[0]);
        return new TencentRouter(SPECS, products).route(request, call, new Caller(Accounts.DEV, scopeService));
    }

    private static Route route(String host, String scopeService, String action, String version) {
        return route(Set.of("dts", "redis", "toy", "twin"), host, scopeService, action, version);
    }

    private static String refusal(String host, String scopeService, String action, String version) {
        ApiError error = assertThrows(ApiError.class, () -> route(host, scopeService, action, version));
        return error.code() + ": " + error.message(Language.EN_US);
    }

    @Test
    void anActionOfOneProductNeedsNoHint() {
        assertEquals("dts", route("127.0.0.1:4580", null, "DescribeMigrationJobs", DTS).product());
        assertEquals("dts", route("redis.tencentcloudapi.com", "redis", "DescribeMigrationJobs", DTS).product());
        assertEquals("DescribeMigrationJobs", route("localhost", null, "DescribeMigrationJobs", DTS).action().name());
    }

    @Test
    void aSharedActionGoesWhereTheHostsFirstLabelOrTheScopeSays() {
        for (String host : new String[]{"twin.tencentcloudapi.com", "TWIN.TencentCloudAPI.com", "twin", "twin:4580",
                "https://twin.example", "HTTP://Twin:80", "twin.ap-guangzhou.tencentcloudapi.com"}) {
            assertEquals("twin", route(host, "toy", "DescribeLamp", TOY).product(), host);
        }
        assertEquals("toy", route("127.0.0.1:4580", "toy", "DescribeLamp", TOY).product());
        assertEquals("toy", route("https://127.0.0.1:4580", "toy", "DescribeLamp", TOY).product());
        assertEquals("toy", route("ftp://twin.example", "toy", "DescribeLamp", TOY).product(), "only http(s) is stripped");
        assertEquals("toy", route("https//twin.example", "toy", "DescribeLamp", TOY).product());
        assertEquals("toy", route("twin\n.example", "toy", "DescribeLamp", TOY).product());
        assertEquals("toy", route("cvm.tencentcloudapi.com", "toy", "DescribeLamp", TOY).product());
    }

    @Test
    void aSharedActionWithoutAHintIsRefused() {
        String several = "InvalidAction: Action `DescribeLamp` of version 2026-01-01 exists in several products; name the "
                + "product in the Host header, e.g. toy.tencentcloudapi.com.";
        assertEquals(several, refusal("127.0.0.1:4580", null, "DescribeLamp", TOY));
        assertEquals(several, refusal("localhost:4580", "localhost:4580", "DescribeLamp", TOY));
        assertEquals(several, refusal("dts.tencentcloudapi.com", "dts", "DescribeLamp", TOY));
    }

    @Test
    void onlyTheProductsGivenAreRoutable() {
        assertEquals("toy", route(Set.of("toy"), "twin.tencentcloudapi.com", null, "DescribeLamp", TOY).product());
        assertEquals("twin", route(Set.of("twin", "dts"), "127.0.0.1", null, "DescribeLamp", TOY).product());
        ApiError error = assertThrows(ApiError.class,
                () -> route(Set.of("dts"), "127.0.0.1", null, "DescribeLamp", TOY));
        assertEquals("InvalidAction", error.code());
    }

    @Test
    void anUnknownVersionOrActionIsNamedWithTheHint() {
        assertEquals("NoSuchVersion: Version 2099-01-01 does not exist for dts.DescribeMigrationJobs; use 2021-12-06.",
                refusal("127.0.0.1", null, "DescribeMigrationJobs", "2099-01-01"));
        assertEquals("NoSuchVersion: Version 2099-01-01 does not exist for redis; tcemu knows [2018-04-12].",
                refusal("https://Redis.tencentcloudapi.com", null, "NoSuchAction", "2099-01-01"));
        assertEquals("NoSuchVersion: Version 2099-01-01 does not exist for redis; tcemu knows [2018-04-12].",
                refusal("127.0.0.1", "redis", "NoSuchAction", "2099-01-01"));
        assertEquals("InvalidAction: The request `Action` NoSuchAction is invalid or not found for version 2021-12-06.",
                refusal("dts.tencentcloudapi.com", null, "NoSuchAction", DTS));
        assertEquals("InvalidAction: The request `Action` NoSuchAction is invalid or not found for version 2099-01-01.",
                refusal("ftp://redis.tencentcloudapi.com", null, "NoSuchAction", "2099-01-01"));
    }
}
