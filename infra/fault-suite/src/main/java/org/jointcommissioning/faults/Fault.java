package org.jointcommissioning.faults;

/** One fault: prints its seeded schedule, plays it, and judges the platform afterwards. */
interface Fault {

    String name();

    void run(Context context, Outcome outcome) throws Exception;

    /** Whether the fault can be played on a platform run with these options (some need two copies of a service). */
    default boolean playsWith(Options options) {
        return true;
    }
}
