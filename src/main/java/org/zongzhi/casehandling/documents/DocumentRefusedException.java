package org.zongzhi.casehandling.documents;

import org.springframework.http.HttpStatus;

/** A document refused or not given out, with the status and the Chinese words the user reads. */
public class DocumentRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String title;

    DocumentRefusedException(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
