package org.zongzhi.casehandling.documents;

import java.time.OffsetDateTime;

/** A document of a case without its bytes: what the list shows and the download's headers need. */
public record CaseDocument(Long id, String caseNo, DocumentKind kind, String fileName, String mediaType, long sizeBytes,
                    String sha256, String description, String addedBy, OffsetDateTime addedAt) {

    @Override
    public String toString() {
        return "CaseDocument[" + id + ", " + caseNo + ", " + kind + "]"; // the file name may name a person
    }
}
