package org.zongzhi.casehandling.cases;

import java.util.function.UnaryOperator;
import org.zongzhi.casehandling.personaldata.PersonalDataMask;

/** A person in the matter. Name, phone and ID number are personal data: never logged. */
public record Party(String role, String name, String phone, String idNumber) {

    /** The same person with phone and ID number as given (opened or masked). */
    Party withContact(UnaryOperator<String> phoneOf, UnaryOperator<String> idNumberOf) {
        return new Party(role, name, phone == null ? null : phoneOf.apply(phone),
                idNumber == null ? null : idNumberOf.apply(idNumber));
    }

    /** As answers and pages show it: phone and ID number masked. */
    public Party masked() {
        return withContact(PersonalDataMask::phone, PersonalDataMask::idNumber);
    }

    @Override
    public String toString() {
        return "Party[" + role + "]";
    }
}
