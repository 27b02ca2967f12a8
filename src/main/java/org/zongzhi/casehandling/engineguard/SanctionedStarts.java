package org.zongzhi.casehandling.engineguard;

import java.util.function.Supplier;

/**
 * Our own code's permission slip for starting a guarded process: the start runs inside {@link #run}
 * on the same thread, and {@link StartGuard} lets through only a start whose business key was
 * named here. Nothing a user sends over HTTP can set it.
 */
public final class SanctionedStarts {

    private static final ThreadLocal<String> BUSINESS_KEY = new ThreadLocal<>();

    private SanctionedStarts() {
    }

    public static <T> T run(String businessKey, Supplier<T> start) {
        String outer = BUSINESS_KEY.get();
        BUSINESS_KEY.set(businessKey);
        try {
            return start.get();
        } finally {
            if (outer == null) {
                BUSINESS_KEY.remove();
            } else {
                BUSINESS_KEY.set(outer);
            }
        }
    }

    static boolean isSanctioned(String businessKey) {
        return businessKey != null && businessKey.equals(BUSINESS_KEY.get());
    }
}
