package org.jointcommissioning.commissioning.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The standstill between an award decision and the contract (Procurement Act 2023, section 51). */
@ConfigMapping(prefix = "platform.standstill")
public interface StandstillConfig {

    /** Working days of standstill for a framework that names none: eight under the Procurement Act 2023. */
    @WithDefault("8")
    int defaultWorkingDays();

    /**
     * The bank holidays of England and Wales; when absent, the published ones shipped with the service
     * ({@code standstill/bank-holidays-england-and-wales.txt}) apply.
     */
    Optional<List<LocalDate>> bankHolidays();

    /** Where a working day begins and ends. */
    @WithDefault("Europe/London")
    ZoneId zone();

    /**
     * On a local platform for demonstrations and the system test only: every standstill lasts this long instead of
     * its working days. Never set in a deployment.
     */
    Optional<Duration> demoLength();

    /** How often the standstill job runs (read by its {@code @Scheduled}); {@code off} disables it. */
    @WithDefault("5s")
    String endInterval();
}
