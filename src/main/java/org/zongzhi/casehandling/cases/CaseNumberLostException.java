package org.zongzhi.casehandling.cases;

/**
 * The number a registration took was given to another one meanwhile (the registration took longer
 * than {@link CaseNumberGenerator#ABANDONED_AFTER} to reach its insert). Nothing was written:
 * the registration may take a new number and try again.
 */
public class CaseNumberLostException extends RuntimeException {

    CaseNumberLostException(String caseNo) {
        super("Case number " + caseNo + " was given to another registration before this one inserted its case");
    }
}
