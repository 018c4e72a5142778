package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A third-sector organisation's profile; its id is the organisation's {@code org_id}. */
@Entity
@Audited
@Table(name = "organisation")
public class Organisation {

    @Id
    public String id;

    public String name;

    @Column(name = "legal_form")
    public LegalForm legalForm;

    @Column(name = "charity_number")
    public String charityNumber;

    @Column(name = "company_number")
    public String companyNumber;

    public OrganisationSize size;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "districts_served")
    public List<String> districtsServed;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** An organisation registered now with its first profile. */
    public static Organisation registered(String id, OrganisationProfile profile, Instant now) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.registeredAt = now;
        organisation.update(profile, now);
        return organisation;
    }

    /** The profile as the organisation now gives it, replaced whole. */
    public void update(OrganisationProfile profile, Instant now) {
        name = profile.name();
        legalForm = profile.legalForm();
        charityNumber = profile.charityNumber();
        companyNumber = profile.companyNumber();
        size = profile.size();
        districtsServed = profile.districtsServed();
        contactEmail = profile.contactEmail();
        updatedAt = now;
    }

    /** The voluntary-sector reservation of a lot shuts out only large commercial companies. */
    public boolean isLargeCompany() {
        return legalForm == LegalForm.COMPANY && size == OrganisationSize.LARGE;
    }
}
