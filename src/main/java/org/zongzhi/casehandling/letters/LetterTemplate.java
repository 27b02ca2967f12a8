package org.zongzhi.casehandling.letters;

/** The centre's wording for one kind of letter (table letter_templates), with {{placeholders}}. */
record LetterTemplate(LetterKind kind, String title, String heading, String body) {
}
