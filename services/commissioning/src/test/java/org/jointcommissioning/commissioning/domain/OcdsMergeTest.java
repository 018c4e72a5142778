package org.jointcommissioning.commissioning.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OcdsMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void laterReleasesOverrideFieldByFieldAndTheCompiledReleaseIsDatedByTheNewest() {
        JsonNode compiled = OcdsMerge.compile("ocds-x-1", List.of(
                json("{'ocid':'ocds-x-1','id':'r1','date':'2026-01-01T00:00:00Z','tag':['tender'],"
                        + "'tender':{'title':'Befriending','status':'active','value':{'amount':100,'currency':'GBP'}}}"),
                json("{'ocid':'ocds-x-1','id':'r2','date':'2026-02-01T00:00:00Z','tag':['tenderUpdate'],"
                        + "'tender':{'status':'complete','value':{'amount':120}}}")));

        assertEquals(json("{'tender':{'title':'Befriending','status':'complete','value':{'amount':120,'currency':'GBP'}},"
                + "'ocid':'ocds-x-1','id':'ocds-x-1-2026-02-01T00:00:00Z','date':'2026-02-01T00:00:00Z','tag':['compiled']}"),
                compiled);
    }

    @Test
    void arraysOfIdentifiedObjectsMergeByIdAndOthersAreReplacedWhole() {
        JsonNode compiled = OcdsMerge.compile("o", List.of(
                json("{'date':'d1','awards':[{'id':'a1','status':'pending'}],'parties':[{'id':'p1','roles':['buyer']}],"
                        + "'tender':{'additionalProcurementCategories':['goods']}}"),
                json("{'date':'d2','awards':[{'id':'a1','status':'active'},{'id':'a2','status':'pending'}],"
                        + "'parties':[{'id':'p1','roles':['buyer','payer']}],'tender':{'additionalProcurementCategories':['works']}}")));

        assertEquals(json("[{'id':'a1','status':'active'},{'id':'a2','status':'pending'}]"), compiled.get("awards"));
        assertEquals(json("[{'id':'p1','roles':['buyer','payer']}]"), compiled.get("parties"));
        assertEquals(json("['works']"), compiled.path("tender").get("additionalProcurementCategories"));
    }

    @Test
    void aNullRemovesAFieldAndWholeListMergeFieldsAreReplaced() {
        JsonNode compiled = OcdsMerge.compile("o", List.of(
                json("{'date':'d1','tender':{'title':'T','description':'D'},"
                        + "'parties':[{'id':'p1','additionalIdentifiers':[{'id':'x','scheme':'GB-CHC'}]}]}"),
                json("{'date':'d2','tender':{'description':null},"
                        + "'parties':[{'id':'p1','additionalIdentifiers':[{'id':'y','scheme':'GB-COH'}]}]}")));

        assertEquals(json("{'title':'T'}"), compiled.get("tender"));
        assertEquals(json("[{'id':'y','scheme':'GB-COH'}]"), compiled.path("parties").get(0).get("additionalIdentifiers"));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
