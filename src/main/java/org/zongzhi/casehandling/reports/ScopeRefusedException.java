package org.zongzhi.casehandling.reports;

/** A login asked for figures outside its own scope (another unit, another township); answered 403 with the message. */
class ScopeRefusedException extends RuntimeException {

    ScopeRefusedException(String message) {
        super(message);
    }
}
