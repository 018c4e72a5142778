package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.type.TypeReference;
import org.jointcommissioning.contracts.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSON columns hold this service's own records in the shapes stored before them (written then from the event
 * records): a stored document reads unchanged and is written back the same. The mapper is Hibernate's, a plain one.
 */
class JsonDocumentsTest {

    private static final ObjectMapper HIBERNATE = new ObjectMapper().findAndRegisterModules();

    @Test
    void aBidsContentReadsAndWritesAsStored() throws Exception {
        String stored = """
                {"answers":[{"criterionId":"crit-quality","text":"We visit weekly"}],
                 "socialValue":[{"description":"Local apprenticeships","measure":"number","quantity":"4"},
                                {"description":"Volunteering","measure":null,"quantity":null}],
                 "indicatorContributions":[{"code":"NI179","expectedImprovement":"-1.25"}],
                 "consortium":[{"name":"Carers Network","role":"lead","charityNumber":"1234567","companyNumber":null},
                               {"name":"Meals Ltd","role":"member","charityNumber":null,"companyNumber":"SC123456"}]}
                """;
        BidContent content = HIBERNATE.readValue(stored, BidContent.class);
        assertEquals(new BidContent.SocialValueCommitment("Local apprenticeships", "number", new BigDecimal("4")),
                content.socialValue().get(0));
        assertEquals(new BigDecimal("-1.25"), content.indicatorContributions().get(0).expectedImprovement());
        assertEquals(List.of(ConsortiumRole.LEAD, ConsortiumRole.MEMBER),
                content.consortium().stream().map(BidContent.ConsortiumMember::role).toList());
        assertEquals(HIBERNATE.readTree(stored), HIBERNATE.readTree(HIBERNATE.writeValueAsString(content)));
    }

    @Test
    void anOpportunitysLotsAndCriteriaReadAndWriteAsStored() throws Exception {
        String lots = """
                [{"lotId":"lot-1","title":"Countywide","estimatedValue":{"amount":"250000.00","currency":"GBP"},
                  "reservedForVoluntarySector":true}]
                """;
        String criteria = """
                [{"criterionId":"crit-price","name":"Price","kind":"price","weight":40}]
                """;
        List<Lot> readLots = HIBERNATE.readValue(lots, new TypeReference<>() { });
        assertEquals(List.of(new Lot("lot-1", "Countywide", Money.gbp("250000.00"), true)), readLots);
        List<Criterion> readCriteria = HIBERNATE.readValue(criteria, new TypeReference<>() { });
        assertEquals(List.of(new Criterion("crit-price", "Price", "price", 40)), readCriteria);
        assertEquals(HIBERNATE.readTree(lots), HIBERNATE.readTree(HIBERNATE.writeValueAsString(readLots)));
        assertEquals(HIBERNATE.readTree(criteria), HIBERNATE.readTree(HIBERNATE.writeValueAsString(readCriteria)));
    }
}
