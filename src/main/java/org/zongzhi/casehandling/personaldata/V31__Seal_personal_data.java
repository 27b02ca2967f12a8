package org.zongzhi.casehandling.personaldata;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway step 31 (after V30 made room): seals the phones and ID numbers earlier versions stored in
 * clear. A Spring bean, so Spring Boot hands it to Flyway with the keys; it runs before anything
 * reads the tables. The name is Flyway's convention: the version is taken from it.
 */
@Component
class V31__Seal_personal_data extends BaseJavaMigration {

    private final PersonalDataSealer sealer;

    V31__Seal_personal_data(PersonalDataSealer sealer) {
        this.sealer = sealer;
    }

    @Override
    public void migrate(Context context) throws Exception {
        sealer.sealAll(context.getConnection());
    }
}
