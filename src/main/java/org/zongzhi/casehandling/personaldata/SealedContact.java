package org.zongzhi.casehandling.personaldata;

/** A person's phone and ID number as stored: sealed (SM4) for reading, keyed hashes for finding. */
public record SealedContact(String phone, String idNumber, String phoneLookup, String idNumberLookup) {

    @Override
    public String toString() {
        return "SealedContact[...]";
    }
}
