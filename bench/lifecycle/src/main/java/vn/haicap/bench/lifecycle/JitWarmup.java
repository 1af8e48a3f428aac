package vn.haicap.bench.lifecycle;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Warms a driver's JVM up until its JIT compilers have settled, by the same rule for every system compared:
 * rounds of dossiers, at least a minimum in all, until a round in which compiling took less than
 * {@value #SETTLED} of the round's elapsed time (or a maximum is reached). A fixed number of dossiers is not the same
 * warm-up for two systems: Haicap's in-process driver ran the measured dossiers with its compilers still busy
 * after 1,500 dossiers of warm-up, and was then measured at 87 dossiers/s where it runs 135 once settled.
 */
public final class JitWarmup {

    /** The compilers' share of a round's elapsed time (compiler milliseconds per wall millisecond) that counts as settled. */
    static final double SETTLED = 0.02;

    /** Dossiers per round. */
    static final int ROUND = 500;

    /** One round of the life-cycle: this many dossiers, their business keys starting with the label. */
    public interface Round {
        void run(int dossiers, String label) throws Exception;
    }

    private JitWarmup() {}

    /**
     * Runs rounds of {@value #ROUND} dossiers, at least {@code minimum} in all, until settled or WARMUP_MAX from the
     * environment (12,000); prints a WARMUP line per round.
     */
    public static void run(Round round, int minimum) throws Exception {
        int maximum = Math.max(minimum, Integer.parseInt(System.getenv().getOrDefault("WARMUP_MAX", "12000")));
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        int done = 0;
        while (true) {
            long compiled = compiler.getTotalCompilationTime();
            long start = System.nanoTime();
            round.run(ROUND, "warm-up-" + done + "-" + start);
            done += ROUND;
            double share = (compiler.getTotalCompilationTime() - compiled) / ((System.nanoTime() - start) / 1e6);
            System.out.printf(Locale.ROOT, "WARMUP dossiers=%d compile_share=%.3f%n", done, share);
            System.out.flush();
            if ((done >= minimum && share < SETTLED) || done >= maximum) {
                return;
            }
        }
    }
}
