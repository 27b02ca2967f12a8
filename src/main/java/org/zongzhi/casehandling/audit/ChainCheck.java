package org.zongzhi.casehandling.audit;

/**
 * The result of walking the chain.
 *
 * @param intact whether every link holds
 * @param checked how many records were checked
 * @param firstId the first record of the chain (after the last purge), or null when it is empty
 * @param lastId the last record of the chain, or null when it is empty
 * @param brokenId the first record whose link is broken, or null
 * @param problem what is wrong with it, in Chinese, or null
 */
record ChainCheck(boolean intact, long checked, Long firstId, Long lastId, Long brokenId, String problem) {

    String summary() {
        return intact ? "审计链完整：共校验 " + checked + " 条记录" + (checked == 0 ? "" : "（第 " + firstId + " 至 " + lastId + " 条）")
                : "审计链已被破坏：第一条有问题的记录是 " + brokenId + "：" + problem + "（此前已校验 " + checked + " 条）";
    }
}
