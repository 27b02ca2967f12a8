package org.zongzhi.casehandling.intake;

/**
 * One request example per channel for POST /api/cases, shown in Swagger UI. Each is a matter that
 * passes intake validation against the demo directory (places of 示范县), so "Try it out" as the
 * channel's login registers it; the test posts every one of them. Resubmitting answers 200 with the
 * case the reference already became.
 */
final class IntakeExamples {

    static final String WALK_IN = """
            {
              "channel": "WALK_IN",
              "externalRef": "LF-20260302-0015",
              "reporter": {"name": "刘桂兰", "phone": "13837651208", "idNumber": "411524196803145020"},
              "parties": [
                {"role": "APPLICANT", "name": "刘桂兰", "phone": "13837651208", "idNumber": "411524196803145020"},
                {"role": "RESPONDENT", "name": "示范县恒达建筑劳务有限公司"}
              ],
              "place": {"townshipCode": "SFX-CG", "villageCode": "SFX-CG-BG", "address": "城关镇北关村安置小区二期工地"},
              "matterType": "劳动争议",
              "summary": "来访人与同村5名工友在安置小区二期工地做钢筋工，2025年9月至12月工资共48600元至今未发，包工头称开发商未结款。多次到工地讨要无果，请求协调支付。",
              "amountAtStake": 48600,
              "peopleInvolved": 6,
              "groupIncident": false,
              "crossArea": false,
              "occurredAt": "2026-01-20T10:00:00+08:00"
            }""";

    static final String PHONE = """
            {
              "channel": "PHONE",
              "externalRef": "DH-20260302-0042",
              "reporter": {"name": "张建国", "phone": "15937602231", "idNumber": "411524197508223019"},
              "place": {"townshipCode": "SFX-CG", "villageCode": "SFX-CG-NJ", "address": "南街社区锦绣花园5号楼"},
              "matterType": "物业纠纷",
              "summary": "来电反映锦绣花园5号楼电梯停运已半月，物业公司称维修基金未到位拒绝维修，楼内多位老人上下楼困难，请求督促物业尽快修复。",
              "peopleInvolved": 1,
              "groupIncident": false,
              "crossArea": false,
              "occurredAt": "2026-02-15T08:00:00+08:00"
            }""";

    static final String HOTLINE_12345 = """
            {
              "channel": "HOTLINE_12345",
              "externalRef": "12345-2026030200187",
              "reporter": {"name": "陈静怡", "phone": "18637659012", "idNumber": "411524198301074524"},
              "parties": [
                {"role": "APPLICANT", "name": "陈静怡", "phone": "18637659012"},
                {"role": "RESPONDENT", "name": "城关镇力美健身会所"}
              ],
              "place": {"townshipCode": "SFX-CG", "address": "城关镇人民路88号"},
              "matterType": "消费纠纷",
              "summary": "市民来电：2025年11月在力美健身会所办理年卡3680元，2026年2月起会所闭店，经营者联系不上，要求退还剩余费用。",
              "amountAtStake": 3680,
              "peopleInvolved": 1,
              "groupIncident": false,
              "crossArea": false,
              "occurredAt": "2026-02-10T09:00:00+08:00",
              "attachments": [
                {"name": "会员卡及收据.jpg", "contentType": "image/jpeg", "size": 356812, "sha256": "78295e4e759bc99c60ab44159489c7bd1e2d75f745f9442399dc1fc0eed834b5"}
              ]
            }""";

    static final String POLICE_110 = """
            {
              "channel": "POLICE_110",
              "externalRef": "110-JQ-20260301-0356",
              "reporter": {"name": "王志强", "phone": "17737651536", "idNumber": "411524199105266638"},
              "parties": [
                {"role": "APPLICANT", "name": "王志强", "phone": "17737651536"},
                {"role": "RESPONDENT", "name": "李红梅", "phone": "13598762045"}
              ],
              "place": {"townshipCode": "SFX-XS", "villageCode": "SFX-XS-QS", "address": "青松社区幸福苑3栋402室"},
              "matterType": "邻里纠纷",
              "summary": "报警人称楼上住户夜间噪音扰民，双方发生口角，民警到场后已劝离，无人受伤，属非警务警情，移交综治中心调处。",
              "peopleInvolved": 2,
              "groupIncident": false,
              "crossArea": false,
              "occurredAt": "2026-03-01T22:40:00+08:00"
            }""";

    static final String GRID = """
            {
              "channel": "GRID",
              "externalRef": "WG-DH-20260302-011",
              "reporter": {"name": "赵卫东", "phone": "13623768854", "idNumber": "411524196009091213"},
              "parties": [
                {"role": "APPLICANT", "name": "孙德福", "idNumber": "411524195204182917"},
                {"role": "RESPONDENT", "name": "孙德贵", "phone": "15036729947"}
              ],
              "place": {"townshipCode": "SFX-DH", "villageCode": "SFX-DH-LJZ", "address": "李家庄村四组西洼地"},
              "matterType": "农村土地承包纠纷",
              "summary": "网格员巡查发现：孙德福、孙德贵兄弟因承包地界桩移位争执，春耕在即双方均不让对方下地，情绪激动，需尽快组织调解并核对确权登记图。",
              "peopleInvolved": 2,
              "groupIncident": false,
              "crossArea": false,
              "occurredAt": "2026-03-02T09:20:00+08:00",
              "attachments": [
                {"name": "现场照片.jpg", "contentType": "image/jpeg", "size": 204800, "sha256": "e751fc5a439eda9965223939b7a1224d2d7e0d8ed63013f99064087aaa5f096c"}
              ]
            }""";

    static final String COURT_REFERRAL = """
            {
              "channel": "COURT_REFERRAL",
              "externalRef": "（2026）示0101民诉前调356号",
              "reporter": {"name": "何丽娟", "phone": "18937650318", "idNumber": "411524198712303846"},
              "parties": [
                {"role": "APPLICANT", "name": "何丽娟", "phone": "18937650318", "idNumber": "411524198712303846"},
                {"role": "RESPONDENT", "name": "吴海涛", "phone": "13303761477", "idNumber": "411524197906117350"}
              ],
              "place": {"townshipCode": "SFX-XS", "villageCode": "SFX-XS-SM", "address": "西山镇石门村路口"},
              "matterType": "交通事故纠纷",
              "summary": "县人民法院委派诉前调解：原告何丽娟驾驶电动车与被告吴海涛驾驶的小型货车相撞受伤，交警认定被告负主要责任，原告主张医疗费、误工费等共计86500元。",
              "amountAtStake": 86500,
              "peopleInvolved": 2,
              "groupIncident": false,
              "crossArea": false,
              "occurredAt": "2025-12-18T17:45:00+08:00",
              "attachments": [
                {"name": "委派调解函.pdf", "contentType": "application/pdf", "size": 482113, "sha256": "07cdf4fe207aa7ed1d53389e11820de6051ba5653f0fba57971ac14d3052cdd3"},
                {"name": "道路交通事故认定书.pdf", "contentType": "application/pdf", "size": 301556, "sha256": "991cdb878b87304f6a477f323ea21ab63de4809740ac9de298507e4de64c3122"}
              ]
            }""";

    static final String PETITION = """
            {
              "channel": "PETITION",
              "externalRef": "示信〔2026〕0512号",
              "reporter": {"name": "杨秀珍", "phone": "15290761183", "idNumber": "411524199502032288"},
              "place": {"townshipCode": "SFX-DH", "villageCode": "SFX-DH-HW", "address": "河湾村一组"},
              "matterType": "征地拆迁纠纷",
              "summary": "信访人代表河湾村一组12户村民反映：县城至东河乡公路拓宽工程征用耕地，青苗补偿款至今未发放到户，要求公开补偿标准并尽快兑付。",
              "amountAtStake": 156000,
              "peopleInvolved": 12,
              "groupIncident": true,
              "crossArea": false,
              "occurredAt": "2025-11-05T09:00:00+08:00"
            }""";

    static final String DEPARTMENT = """
            {
              "channel": "DEPARTMENT",
              "externalRef": "WJW-TS-2026-0031",
              "reporter": {"name": "黄国平", "phone": "13937658820", "idNumber": "411524197007150472"},
              "parties": [
                {"role": "APPLICANT", "name": "黄国平", "phone": "13937658820"},
                {"role": "RESPONDENT", "name": "示范县城关镇中心卫生院"}
              ],
              "place": {"townshipCode": "SFX-CG", "address": "城关镇中心卫生院"},
              "matterType": "医疗纠纷",
              "summary": "县卫生健康委员会推送：患者家属黄国平认为其父在卫生院输液后病情加重系用药不当，要求赔偿，经医院内部协商未果，转综治中心组织医调委调解。",
              "amountAtStake": 30000,
              "peopleInvolved": 1,
              "groupIncident": false,
              "crossArea": false,
              "occurredAt": "2026-02-26T15:30:00+08:00"
            }""";

    private IntakeExamples() {
    }
}
