package org.zongzhi.casehandling.documents;

/** Where a document of a case came from (case_documents.kind), with the words a person reads. */
enum DocumentKind {
    UPLOADED("上传材料"),
    MEDIATION_AGREEMENT("调解协议书"),
    JUDICIAL_CONFIRMATION_APPLICATION("司法确认申请书");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
