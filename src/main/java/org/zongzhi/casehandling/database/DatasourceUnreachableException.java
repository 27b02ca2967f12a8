package org.zongzhi.casehandling.database;

/** The configured PostgreSQL cannot be used; the message names the setting to fix. */
class DatasourceUnreachableException extends RuntimeException {

    DatasourceUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
