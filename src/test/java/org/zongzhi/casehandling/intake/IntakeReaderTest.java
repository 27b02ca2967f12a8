package org.zongzhi.casehandling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/** Binding keeps going past values of the wrong type and names each by its JSON path. */
class IntakeReaderTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final IntakeReader reader = new IntakeReader(json);

    private IntakeReader.Result read(String body) throws Exception {
        return reader.read(json.readTree(body));
    }

    @Test
    void everyValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
        IntakeReader.Result result = read("""
                {"channel": "HOTLINE_12345", "externalRef": "R1",
                 "reporter": {"name": "张三", "phone": ["x"]},
                 "parties": [{"role": "APPLICANT", "name": "李四", "phone": {"a": 1}}, "nobody"],
                 "place": "城关镇",
                 "peopleInvolved": "many", "amountAtStake": "lots", "groupIncident": "yes",
                 "occurredAt": "yesterday", "summary": {"text": "x"},
                 "attachments": {"name": "a.jpg"}}
                """);
        assertThat(result.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "reporter.phone", "parties[0].phone", "parties[1]", "place", "peopleInvolved", "amountAtStake",
                "groupIncident", "occurredAt", "summary", "attachments");
        assertThat(result.problems()).contains(new FieldProblem("peopleInvolved", "必须是整数"),
                new FieldProblem("groupIncident", "必须是 true 或 false"), new FieldProblem("place", "必须是 JSON 对象"));
        assertThat(result.request()).isNotNull();
        assertThat(result.request().channel()).isEqualTo("HOTLINE_12345");
        assertThat(result.request().reporter().name()).isEqualTo("张三");
        assertThat(result.request().peopleInvolved()).isNull();
    }

    @Test
    void aBodyThatIsNoObjectIsOneProblem() throws Exception {
        assertThat(read("[1, 2]").problems()).containsExactly(new FieldProblem("(请求体)", "必须是一个 JSON 对象"));
    }

    @Test
    void aNumberTooLargeForItsFieldIsNamed() throws Exception {
        assertThat(read("{\"peopleInvolved\": 99999999999999}").problems()).extracting(FieldProblem::field)
                .containsExactly("peopleInvolved");
    }

    @Test
    void residentIdNumbersAreCheckedByTheirCheckDigit() {
        assertThat(ResidentIdNumber.Check.problem("11010519491231002X")).isNull();
        assertThat(ResidentIdNumber.Check.problem("110105194912310021")).isEqualTo("身份证号码校验位不正确");
        assertThat(ResidentIdNumber.Check.problem("110105194902300021")).isEqualTo("身份证号码中的出生日期不存在");
        assertThat(ResidentIdNumber.Check.problem("1101051949")).startsWith("身份证号码应为18位");
    }
}
