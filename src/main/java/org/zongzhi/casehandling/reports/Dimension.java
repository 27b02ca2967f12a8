package org.zongzhi.casehandling.reports;

import java.util.Arrays;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * What the figures are broken down by ({@code groupBy}). Each names the SQL expression of its key,
 * a fixed whitelist that FigureMapper.xml pastes with {@code ${}}; {@code f.at} is the time of the
 * fact being counted, so a month is the month the fact happened in (docs/figures.md).
 */
enum Dimension {
    TOTAL("total", "合计", "''"),
    UNIT("unit", "承办单位", "coalesce(c.responsible_unit_code, '')"),
    TYPE("type", "事项类型", "c.matter_type"),
    TOWNSHIP("township", "乡镇（街道）", "coalesce(c.township_code, '')"),
    VILLAGE("village", "村（社区）", "coalesce(c.village_code, '')"),
    CHANNEL("channel", "来源渠道", "c.channel"),
    GRADE("grade", "事项等级", "coalesce(c.grade, '')"),
    MONTH("month", "月份", "to_char(f.at at time zone 'Asia/Shanghai', 'YYYY-MM')");

    private final String param;
    private final String label;
    private final String sql;

    Dimension(String param, String label, String sql) {
        this.param = param;
        this.label = label;
        this.sql = sql;
    }

    String param() {
        return param;
    }

    String label() {
        return label;
    }

    /** The key expression, pasted into SQL: only ever one of the constants above. */
    String sql() {
        return sql;
    }

    boolean byMonth() {
        return this == MONTH;
    }

    static Dimension of(String param) {
        if (param == null || param.isBlank()) {
            return TOTAL;
        }
        return Arrays.stream(values()).filter(d -> d.param.equalsIgnoreCase(param.strip())).findFirst()
                .orElseThrow(() -> new BadUserRequestException("分组方式 groupBy 只能是 " + String.join("、", Arrays.stream(values()).map(Dimension::param).toList())
                                + "，收到 " + param));
    }
}
