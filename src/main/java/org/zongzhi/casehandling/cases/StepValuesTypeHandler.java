package org.zongzhi.casehandling.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** case_events.step_values (jsonb) as the list of {@link StepValue}s it holds. */
public class StepValuesTypeHandler extends BaseTypeHandler<List<StepValue>> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<StepValue>> LIST = new TypeReference<>() { };

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, List<StepValue> values, JdbcType jdbcType)
            throws SQLException {
        if (values.isEmpty()) {
            ps.setNull(i, Types.OTHER); // most trail lines carry no form
            return;
        }
        try {
            ps.setObject(i, JSON.writeValueAsString(values), Types.OTHER);
        } catch (JsonProcessingException e) {
            throw new SQLException("Cannot write the step values as JSON", e);
        }
    }

    @Override
    public List<StepValue> getNullableResult(ResultSet rs, String column) throws SQLException {
        return read(rs.getString(column));
    }

    @Override
    public List<StepValue> getNullableResult(ResultSet rs, int column) throws SQLException {
        return read(rs.getString(column));
    }

    @Override
    public List<StepValue> getNullableResult(CallableStatement cs, int column) throws SQLException {
        return read(cs.getString(column));
    }

    private static List<StepValue> read(String json) throws SQLException {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new SQLException("case_events.step_values is not a list of step values: " + json, e);
        }
    }
}
