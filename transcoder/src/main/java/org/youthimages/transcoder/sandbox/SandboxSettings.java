package org.youthimages.transcoder.sandbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/**
 * Limits of the child process that does each job's FFmpeg work.
 *
 * @param workDir         folder for each job's input and outputs while it runs; {@code work} in the data folder when
 *                        empty
 * @param heap            the child's Java heap (FFmpeg's memory is native and counts against {@code memoryLimit})
 * @param memoryLimit     the child's address-space cap (prlimit), so a runaway decoder fails instead of starving
 *                        the machine
 * @param timeLimit       wall-clock limit of one job's media work
 * @param noProgressLimit the child is stopped when it reports no progress for this long
 * @param nice            scheduling niceness of the child, so the web pages stay responsive while films encode
 */
@ConfigurationProperties("yi.transcoder")
public record SandboxSettings(@Nullable String workDir,
                              @Bindable(defaultValue = "256MB") @ReadableBytes long heap,
                              @Bindable(defaultValue = "4GB") @ReadableBytes long memoryLimit,
                              @Bindable(defaultValue = "30m") Duration timeLimit,
                              @Bindable(defaultValue = "2m") Duration noProgressLimit,
                              @Bindable(defaultValue = "10") int nice) {
}
