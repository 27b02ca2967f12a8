package org.zongzhi.casehandling.cases;

/** One field a person filled in when completing a step: its key, its label and what was entered, as shown. */
public record StepValue(String key, String label, String value) {
}
