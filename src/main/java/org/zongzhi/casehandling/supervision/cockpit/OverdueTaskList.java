package org.zongzhi.casehandling.supervision.cockpit;

import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * The 逾期督办 list: every task whose due date has passed by the engine clock, with its case, the
 * unit holding it and the letters the case has been sent. Runs on the engine as the user the
 * caller set on it, so each user sees only the tasks the engine lets them read.
 */
@Component
class OverdueTaskList {

    /** What the dashboard shows: the moment the list was taken (China time) and the rows, most overdue first. */
    record Overdue(String asOf, List<OverdueTask> tasks) {
    }

    /**
     * One row. {@code due} is ISO-8601 in China time; {@code daysOverdue} counts calendar days in
     * China time from the due date to today (0: the deadline passed earlier today).
     */
    record OverdueTask(String taskId, String processInstanceId, String caseNo, String unit, String taskName,
                       String due, long daysOverdue, int lettersSent) {
    }

    private record Holder(String groupId, String name) {
    }

    private final Directory directory;
    private final LetterCountMapper letters;
    private final Clock clock;

    OverdueTaskList(Directory directory, LetterCountMapper letters, Clock clock) {
        this.directory = directory;
        this.letters = letters;
        this.clock = clock;
    }

    Overdue readableIn(ProcessEngine engine) {
        Instant now = clock.instant();
        Date before = Date.from(now);
        TaskService taskService = engine.getTaskService();
        List<Task> overdue = taskService.createTaskQuery().dueBefore(before).orderByDueDate().asc().list();
        if (overdue.isEmpty()) {
            return new Overdue(chinaTime(now), List.of());
        }
        Map<String, String> holders = holders(taskService, before, overdue);
        Map<String, String> caseNos = caseNumbers(engine, overdue);
        Map<String, Integer> letterCounts = new HashMap<>();
        if (!caseNos.isEmpty()) {
            letters.countByCase(new LinkedHashSet<>(caseNos.values()))
                    .forEach(c -> letterCounts.put(c.caseNo(), c.letters()));
        }

        LocalDate today = now.atZone(ChinaTime.ZONE).toLocalDate();
        List<OverdueTask> rows = overdue.stream().map(task -> {
            Instant due = task.getDueDate().toInstant();
            String caseNo = caseNos.get(task.getId());
            return new OverdueTask(task.getId(), task.getProcessInstanceId(), caseNo, holders.get(task.getId()),
                    task.getName(), chinaTime(due),
                    ChronoUnit.DAYS.between(due.atZone(ChinaTime.ZONE).toLocalDate(), today),
                    caseNo == null ? 0 : letterCounts.getOrDefault(caseNo, 0));
        }).toList();
        return new Overdue(chinaTime(now), rows);
    }

    /**
     * Who holds each task: the unit (or centre post) among its candidate groups. One query per
     * known group rather than one per task, so a long overdue list costs no more than a short one.
     */
    private Map<String, String> holders(TaskService taskService, Date before, List<Task> overdue) {
        List<Holder> known = new ArrayList<>();
        for (Unit unit : directory.units()) {
            known.add(new Holder(unit.groupId(), unit.name()));
        }
        for (Role role : Role.values()) {
            known.add(new Holder(role.groupId(), role.label()));
        }
        Map<String, String> holders = new HashMap<>();
        for (Holder holder : known) {
            taskService.createTaskQuery().dueBefore(before).taskCandidateGroup(holder.groupId())
                    .includeAssignedTasks().list()
                    .forEach(t -> holders.putIfAbsent(t.getId(), holder.name()));
        }
        // A group outside the directory (created by hand in Admin): show its id rather than nothing.
        for (Task task : overdue) {
            if (!holders.containsKey(task.getId())) {
                taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId)
                        .findFirst()
                        .ifPresent(group -> holders.put(task.getId(), group));
            }
        }
        return holders;
    }

    /** The case number is the business key; a user who may read the task but not its instance gets it from the task. */
    private static Map<String, String> caseNumbers(ProcessEngine engine, List<Task> overdue) {
        Set<String> instanceIds = new LinkedHashSet<>();
        overdue.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).forEach(instanceIds::add);
        Map<String, String> keyByInstance = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                    .forEach(pi -> putIfKnown(keyByInstance, pi));
        }
        Map<String, String> caseNos = new LinkedHashMap<>();
        for (Task task : overdue) {
            String caseNo = keyByInstance.get(task.getProcessInstanceId());
            if (caseNo == null && engine.getTaskService().getVariable(task.getId(), CASE_NO) instanceof String c) {
                caseNo = c;
            }
            if (caseNo != null) {
                caseNos.put(task.getId(), caseNo);
            }
        }
        return caseNos;
    }

    private static void putIfKnown(Map<String, String> keyByInstance, ProcessInstance instance) {
        if (instance.getBusinessKey() != null) {
            keyByInstance.put(instance.getId(), instance.getBusinessKey());
        }
    }

    /** 2026-03-10T17:30:00+08:00: the browser shows it as is, whatever its own time zone. */
    private static String chinaTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).atZone(ChinaTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
