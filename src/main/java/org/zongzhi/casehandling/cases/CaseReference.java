package org.zongzhi.casehandling.cases;

/** A channel's reference that leads to a case (its own, or one of a case merged into it). */
public record CaseReference(String caseNo, Channel channel, String externalRef) {
}
