package io.tcemu.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test class against an in-process tcemu on free ports, started once for the class (or
 * once for the whole run with {@link #perSuite()}). Test methods, constructors and lifecycle
 * methods may take the {@link Tcemu} handle, the {@code Emulator}, and ready SDK clients
 * ({@code DtsClient}, {@code RedisClient}, {@code WedataClient}, any other tencentcloud-sdk-java
 * client, the Alibaba tea-openapi or BPStudio client) as parameters. For settings beyond these,
 * register {@link TcemuExtension#newInstance()} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TcemuExtension.class)
public @interface TcemuTest {
    /** Forget resources, faults, progression, the clock offset and the journal before each test. */
    boolean resetEachTest() default true;

    /** Fail a test that called an action tcemu does not emulate, naming it. */
    boolean failOnUnsupportedAction() default false;

    /** Stop the emulator clock when it starts and at each test's start, so time moves only when the test advances it. */
    boolean frozenClock() default false;

    /** Share one emulator among every class that asks for it, for the whole run. */
    boolean perSuite() default false;
}
