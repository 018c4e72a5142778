package org.jointcommissioning.commissioning.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.config.StandstillConfig;
import org.jointcommissioning.commissioning.domain.WorkingDays;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** When a standstill that begins now ends, by the working days of England and Wales (or the demo length). */
@ApplicationScoped
public class StandstillCalendar {

    static final String PUBLISHED_HOLIDAYS = "standstill/bank-holidays-england-and-wales.txt";

    @Inject
    StandstillConfig config;

    private WorkingDays workingDays;

    @PostConstruct
    void load() {
        workingDays = new WorkingDays(config.bankHolidays().orElseGet(StandstillCalendar::published));
    }

    /**
     * The moment the contract may be entered into: the start of the day after the last of {@code days} working days
     * beginning with the decision's day; the decision itself when there is no standstill (0 days).
     */
    public Instant endOf(Instant decidedAt, int days) {
        if (days <= 0) {
            return decidedAt;
        }
        if (config.demoLength().isPresent()) {
            return decidedAt.plus(config.demoLength().get());
        }
        LocalDate first = LocalDate.ofInstant(decidedAt, config.zone());
        return workingDays.lastOfPeriod(first, days).plusDays(1).atStartOfDay(config.zone()).toInstant();
    }

    public int defaultWorkingDays() {
        return config.defaultWorkingDays();
    }

    /** The bank holidays shipped with the service: an ISO date at the start of each line that is not a comment. */
    static List<LocalDate> published() {
        InputStream in = StandstillCalendar.class.getClassLoader().getResourceAsStream(PUBLISHED_HOLIDAYS);
        if (in == null) {
            throw new IllegalStateException("Missing " + PUBLISHED_HOLIDAYS);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> LocalDate.parse(line.split(" ", 2)[0])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
