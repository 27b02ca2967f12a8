package org.zongzhi.casehandling.letters;

/** The rungs of the escalation ladder, each with its own series of letter numbers. */
public enum LetterKind {
    REMINDER("工作提示函", "提示"),
    SUPERVISION("督办函", "督办"),
    LEADER_REMINDER("工作提醒函", "提醒");

    private final String label;
    private final String numberWord;

    LetterKind(String label, String numberWord) {
        this.label = label;
        this.numberWord = numberWord;
    }

    /** The document's name, as in 《工作提示函》. */
    public String label() {
        return label;
    }

    /** The word after the centre's short name in the letter number: 示范县综治<b>提示</b>〔2026〕第12号. */
    String numberWord() {
        return numberWord;
    }
}
