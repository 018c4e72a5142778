package org.jointcommissioning.common.app;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;

@Entity
public class Note extends PanacheEntityBase {

    @Id
    public String id;
    public String text;
    public BigDecimal budget;
    @Version
    public int version;
}
