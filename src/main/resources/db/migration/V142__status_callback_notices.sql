-- A process may tell the channel of a step of its own (进展通知) through the channelStatusNotice
-- service task (bpmn/element-templates/channel-status-notice.json).
alter table status_callbacks drop constraint status_callbacks_step_check;
alter table status_callbacks add constraint status_callbacks_step_check
    check (step in ('ACCEPTED', 'ASSIGNED', 'EXTENDED', 'CONCLUDED', 'CLOSED', 'NOTICE'));
