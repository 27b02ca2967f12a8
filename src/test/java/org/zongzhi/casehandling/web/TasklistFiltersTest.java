package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.time.ChinaTime;

/** The Tasklist filters each user gets, run through the engine REST API as that user. */
@CaseHandlingTest
class TasklistFiltersTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    FilterService filters;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WindowClerk window;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    Task handle;

    @BeforeEach
    void aCaseInHandlingAtHousing() {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "郑小红", "reporterPhone", "13612345678", "matterType", "物业纠纷",
                "townshipCode", "SFX-CG", "summary", "地下车库漏水", "peopleInvolved", 6L,
                "amountAtStake", 8000.0, "registeredBy", "wangfang"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        handle = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    List<String> filterNames(String user) {
        return rest.withBasicAuth(user, user).exchange("/engine-rest/filter", HttpMethod.GET, null,
                        new ParameterizedTypeReference<List<Map<String, Object>>>() {}).getBody().stream()
                .map(f -> (String) f.get("name")).toList();
    }

    List<String> taskIds(String user, String filterName) {
        String id = filters.createFilterQuery().filterName(filterName).singleResult().getId();
        return rest.withBasicAuth(user, user).exchange("/engine-rest/filter/" + id + "/list?maxResults=1000",
                        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .getBody().stream().map(t -> (String) t.get("id")).toList();
    }

    @Test
    void eachCardShowsTheCaseNumberMatterTypeTownshipAndGrade() {
        String id = filters.createFilterQuery().filterName("我的待办").singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        String list = rest.withBasicAuth("dongliang", "dongliang").exchange(
                "/engine-rest/filter/" + id + "/list?maxResults=1000", HttpMethod.GET, new HttpEntity<>(headers),
                String.class).getBody();
        Object caseNo = runtime.getVariable(handle.getProcessInstanceId(), "caseNo");
        assertThat(list).contains("\"caseCard\"").contains("物业纠纷·城关镇·一般")
                .contains(String.valueOf(caseNo));
        assertThat(filters.getFilter(id).getProperties()).containsKey("variables");
    }

    @Test
    void eachRoleGetsItsFilters() {
        assertThat(filterNames("dongliang")).contains("我的待办", "本单位待签收", "今日到期", "已逾期");
        assertThat(filterNames("zhoujie")).contains("我的待办", "今日到期", "已逾期").doesNotContain("本单位待签收");
    }

    @Test
    void overdueFilterShowsTheLateTaskToItsUnitAndToSupervisorsOnly() {
        assertThat(taskIds("zhoujie", "已逾期")).doesNotContain(handle.getId());
        ClockUtil.setCurrentTime(Date.from(handle.getDueDate().toInstant().plusSeconds(3600)));

        assertThat(taskIds("zhoujie", "已逾期")).contains(handle.getId());
        assertThat(taskIds("dongliang", "已逾期")).contains(handle.getId());
        assertThat(taskIds("liuyang", "已逾期")).doesNotContain(handle.getId());
    }

    @Test
    void dueTodayMeansTheDayInChina() {
        Instant due = handle.getDueDate().toInstant();
        Instant morningOfDueDay = due.atZone(ChinaTime.ZONE).toLocalDate()
                .atStartOfDay(ChinaTime.ZONE).toInstant().plusSeconds(60);
        ClockUtil.setCurrentTime(Date.from(morningOfDueDay.isBefore(due) ? morningOfDueDay : due.minusSeconds(60)));
        assertThat(taskIds("dongliang", "今日到期")).contains(handle.getId());

        ClockUtil.setCurrentTime(Date.from(morningOfDueDay.minusSeconds(7200)));
        assertThat(taskIds("dongliang", "今日到期")).doesNotContain(handle.getId());
    }
}
