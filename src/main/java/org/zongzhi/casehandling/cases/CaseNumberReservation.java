package org.zongzhi.casehandling.cases;

/**
 * A case number taken for one registration. The token proves the holder: the registration's
 * transaction claims the number with it ({@link CaseLedger#register(NewCase, CaseNumberReservation)}),
 * and a number taken over from an abandoned registration can no longer be claimed by it.
 */
public record CaseNumberReservation(String caseNo, String token) {
}
