package org.jointcommissioning.faults;

/** One fault: prints its seeded schedule, plays it, and judges the platform afterwards. */
interface Fault {

    String name();

    void run(Context context, Outcome outcome) throws Exception;
}
