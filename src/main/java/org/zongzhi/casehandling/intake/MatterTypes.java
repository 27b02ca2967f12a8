package org.zongzhi.casehandling.intake;

import java.util.List;

/**
 * The catalogue of matter types (事项类型). The values are the Chinese names the decision tables
 * gradeCase and routeCase match on, so a new type needs a rule there too.
 */
final class MatterTypes {

    static final List<String> ALL = List.of(
            "婚姻家庭纠纷", "邻里纠纷", "土地纠纷", "山林权属纠纷", "农村土地承包纠纷", "劳动争议", "物业纠纷",
            "医疗纠纷", "消费纠纷", "交通事故纠纷", "征地拆迁纠纷", "城市管理纠纷", "涉法涉诉", "社会救助", "其他");

    private MatterTypes() {
    }
}
