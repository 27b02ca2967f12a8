package org.zongzhi.casehandling.personaldata;

import org.springframework.stereotype.Component;

/** What the ledger writes and reads a person's phone and ID number through. */
@Component
public class PersonalDataVault {

    private final PersonalDataCipher cipher;
    private final PersonalDataLookup lookup;

    PersonalDataVault(PersonalDataCipher cipher, PersonalDataLookup lookup) {
        this.cipher = cipher;
        this.lookup = lookup;
    }

    public SealedContact seal(String phone, String idNumber) {
        return new SealedContact(cipher.seal(phone), cipher.seal(idNumber), lookup.phone(phone),
                lookup.idNumber(idNumber));
    }

    public String open(String stored) {
        return cipher.open(stored);
    }
}
