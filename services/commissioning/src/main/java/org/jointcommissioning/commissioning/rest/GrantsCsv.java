package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.jointcommissioning.common.csv.CsvCells;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The 360Giving grants file's CSV flavour, one grant a row under the standard's column titles. A list the standard
 * rolls up (recipient, funder, beneficiary location, programme) gives its first item, as 360Giving's own
 * one-row-per-grant spreadsheets do; the JSON holds them all. A text cell that a spreadsheet would read as a formula
 * (starting with =, +, -, @, tab or carriage return) is written after a single quote.
 */
final class GrantsCsv {

    private static final List<Column> COLUMNS = List.of(
            new Column("Identifier", GrantPackage.Grant::id),
            new Column("Title", GrantPackage.Grant::title),
            new Column("Description", GrantPackage.Grant::description),
            new Column("Currency", GrantPackage.Grant::currency),
            new Column("Amount Awarded", g -> g.amountAwarded().toPlainString()),
            new Column("Award Date", GrantPackage.Grant::awardDate),
            new Column("URL", GrantPackage.Grant::url),
            new Column("From An Open Call?", GrantPackage.Grant::fromOpenCall),
            new Column("Last Modified", g -> g.dateModified().toString()),
            new Column("Recipient Org:Identifier", g -> recipient(g).id()),
            new Column("Recipient Org:Name", g -> recipient(g).name()),
            new Column("Recipient Org:Charity Number", g -> recipient(g).charityNumber()),
            new Column("Recipient Org:Company Number", g -> recipient(g).companyNumber()),
            new Column("Funding Org:Identifier", g -> g.fundingOrganization().get(0).id()),
            new Column("Funding Org:Name", g -> g.fundingOrganization().get(0).name()),
            new Column("Beneficiary Location:Name", g -> g.beneficiaryLocation() == null ? null
                    : g.beneficiaryLocation().get(0).name()),
            new Column("Grant Programme:Code", g -> g.grantProgramme().get(0).code()),
            new Column("Grant Programme:Title", g -> g.grantProgramme().get(0).title()));

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema HEADER = header();

    private GrantsCsv() {
    }

    /** Writes the header row, then a row per grant, to the stream as it goes. */
    static void write(List<GrantPackage.Grant> grants, OutputStream out) throws IOException {
        try (SequenceWriter rows = CSV.writer(HEADER).writeValues(out)) {
            for (GrantPackage.Grant grant : grants) {
                List<String> row = new ArrayList<>(COLUMNS.size());
                COLUMNS.forEach(column -> row.add(safe(column.value().apply(grant))));
                rows.write(row);
            }
        }
    }

    private static GrantPackage.Organisation recipient(GrantPackage.Grant grant) {
        return grant.recipientOrganization().get(0);
    }

    /** A cell a spreadsheet would run as a formula is kept as text, by the rule every list's CSV follows. */
    static String safe(String cell) {
        return cell == null ? "" : CsvCells.safe(cell);
    }

    private static CsvSchema header() {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(column -> builder.addColumn(column.title()));
        return builder.build();
    }

    private record Column(String title, Function<GrantPackage.Grant, String> value) {
    }
}
