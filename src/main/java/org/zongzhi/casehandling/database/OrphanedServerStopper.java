package org.zongzhi.casehandling.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a server JVM killed with {@code kill -9} left in the data directory: its PostgreSQL
 * child keeps running (pg_ctl starts it in a session of its own) and holds postmaster.pid, so the
 * next start would fail. Call it only while holding the data directory's lock (zonky's epg-lock):
 * then no live server owns that PostgreSQL, and stopping it loses nothing a client was told is saved.
 */
final class OrphanedServerStopper {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServerStopper.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final PostgresBinaries binaries;

    OrphanedServerStopper(PostgresBinaries binaries) {
        this.binaries = binaries;
    }

    private enum Owner { THIS_DATA_DIRECTORY, SOMETHING_ELSE, UNKNOWN }

    void clear(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<Long> pid = firstLinePid(pidFile);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        Owner owner = process.map(p -> ownerOf(p.pid(), dataDirectory)).orElse(Owner.SOMETHING_ELSE);
        switch (owner) {
            case THIS_DATA_DIRECTORY -> stop(process.orElseThrow(), dataDirectory);
            case SOMETHING_ELSE -> {
                // PostgreSQL would take a live PID for another postmaster and refuse to start.
                log.info("Removing stale {}: PID {} is not a PostgreSQL on this data directory", pidFile,
                        pid.map(String::valueOf).orElse("(unreadable)"));
                Files.deleteIfExists(pidFile);
            }
            case UNKNOWN -> log.warn("{} names PID {}, which cannot be checked here; PostgreSQL decides at start",
                    pidFile, pid.orElseThrow());
        }
    }

    private void stop(ProcessHandle postmaster, Path dataDirectory) {
        log.warn("PostgreSQL (PID {}) is still running on {}, left behind by a server that did not shut down;"
                + " stopping it (fast shutdown) before starting again", postmaster.pid(), dataDirectory);
        PostgresBinaries.Outcome outcome = binaries.run("pg_ctl", List.of("stop", "-D", dataDirectory.toString(),
                "-m", "fast", "-w", "-t", String.valueOf(STOP_WAIT.toSeconds())), null, STOP_WAIT.plusSeconds(10));
        try {
            postmaster.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("PostgreSQL (PID " + postmaster.pid() + ") on " + dataDirectory
                    + " did not stop (pg_ctl: " + outcome.output().strip() + "). Stop it with kill -INT "
                    + postmaster.pid() + " and start again.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL " + postmaster.pid(), e);
        }
        log.info("Stopped the PostgreSQL left running on {}", dataDirectory);
    }

    private static Optional<Long> firstLinePid(Path pidFile) throws IOException {
        try {
            return Files.readAllLines(pidFile, UTF_8).stream().findFirst().map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A postmaster runs the {@code postgres} program and works in its data directory (its cwd);
     * both are read from /proc, so a PID reused by another program after a reboot is not stopped.
     */
    private static Owner ownerOf(long pid, Path dataDirectory) {
        Path proc = Path.of("/proc", String.valueOf(pid));
        List<String> arguments;
        try {
            arguments = arguments(Files.readAllBytes(proc.resolve("cmdline")));
        } catch (IOException | SecurityException e) {
            return Owner.UNKNOWN;
        }
        if (arguments.isEmpty() || !Path.of(arguments.get(0)).getFileName().toString().equals("postgres")) {
            return Owner.SOMETHING_ELSE;
        }
        return workingDirectory(proc).or(() -> dataDirectoryArgument(arguments))
                .map(dir -> sameDirectory(dir, dataDirectory) ? Owner.THIS_DATA_DIRECTORY : Owner.SOMETHING_ELSE)
                .orElse(Owner.UNKNOWN);
    }

    private static List<String> arguments(byte[] cmdline) {
        List<String> arguments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                arguments.add(new String(cmdline, start, i - start, UTF_8));
                start = i + 1;
            }
        }
        return arguments;
    }

    private static Optional<Path> workingDirectory(Path proc) {
        try {
            return Optional.of(Files.readSymbolicLink(proc.resolve("cwd")));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> dataDirectoryArgument(List<String> arguments) {
        int flag = arguments.indexOf("-D");
        return flag >= 0 && flag + 1 < arguments.size() ? Optional.of(Path.of(arguments.get(flag + 1)))
                : Optional.empty();
    }

    private static boolean sameDirectory(Path candidate, Path dataDirectory) {
        try {
            return Files.isSameFile(candidate, dataDirectory);
        } catch (IOException e) {
            return false;
        }
    }
}
