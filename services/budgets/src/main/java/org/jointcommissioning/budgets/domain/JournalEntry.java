package org.jointcommissioning.budgets.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One movement of money in a fund (lines that sum to zero) or a note of a change to the fund (no lines), and what
 * caused it. Numbered from 1 within its fund. Never changed once written.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "fund_id")
    public String fundId;
    public long number;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    public Movement cause;
    @Column(name = "cause_id")
    public String causeId;
    @Column(name = "award_id")
    public String awardId;
    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "journal_line", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    public List<JournalLine> lines = new ArrayList<>();
}
