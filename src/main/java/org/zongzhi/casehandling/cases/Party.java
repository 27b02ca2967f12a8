package org.zongzhi.casehandling.cases;

/** A person in the matter. Name, phone and ID number are personal data: never logged. */
public record Party(String role, String name, String phone, String idNumber) {

    @Override
    public String toString() {
        return "Party[" + role + "]";
    }
}
