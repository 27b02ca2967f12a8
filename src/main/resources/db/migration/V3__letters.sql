-- Escalation letters (supervision/): 《工作提示函》, 《督办函》 and 《工作提醒函》 sent when a unit misses
-- its deadline. One letter per case, kind and ladder step, numbered per centre, kind and year
-- without gaps (示范县综治督办〔2026〕第3号).

-- Taken under a row lock in the transaction that inserts the letter: a rolled-back issue gives its
-- number back, so the series of each kind has no gaps.
create table letter_number_counters (
    centre_code varchar(32) not null,
    kind        varchar(24) not null,
    year        integer     not null,
    last_value  bigint      not null,
    primary key (centre_code, kind, year)
);

create table letters (
    id                  bigserial    primary key,
    case_no             varchar(32)  not null references cases (case_no),
    kind                varchar(24)  not null check (kind in ('REMINDER', 'SUPERVISION', 'LEADER_REMINDER')),
    ladder_step         integer      not null check (ladder_step >= 0),
    letter_no           varchar(64)  not null,
    centre_code         varchar(32)  not null,
    year                integer      not null,
    sequence            bigint       not null check (sequence >= 1),
    -- The unit that must act, or (for 工作提醒函) the leader the letter is addressed to, or both.
    recipient_unit_code varchar(32)  references units (code),
    recipient_user_id   varchar(64)  references people (user_id),
    facts               text         not null,
    reply_due           timestamptz  not null,
    issued_at           timestamptz  not null,
    acknowledged_at     timestamptz,
    acknowledged_by     varchar(64),
    check (recipient_unit_code is not null or recipient_user_id is not null),
    check ((acknowledged_at is null) = (acknowledged_by is null)),
    -- A retried job or a timer firing again on another node must not send a second letter.
    constraint letters_case_kind_step_uq unique (case_no, kind, ladder_step),
    constraint letters_number_uq unique (centre_code, kind, year, sequence),
    constraint letters_letter_no_uq unique (letter_no)
);
create index letters_recipient_unit_idx on letters (recipient_unit_code, issued_at);
create index letters_recipient_user_idx on letters (recipient_user_id, issued_at) where recipient_user_id is not null;

-- The wording of each kind, edited by the centre (update this table; the next PDF uses it).
-- heading: the red masthead; title: the subject line under the red rule; body: an XHTML fragment
-- of <p> paragraphs, class "to" for the addressee line (no indent), "closing" for 特此函告 and
-- the like, "sign" and "date" for the 落款 (right-aligned). Placeholders, filled in escaped:
-- {{centreName}} {{letterNo}} {{caseNo}} {{matterType}} {{unitName}} {{recipientName}} {{facts}}
-- {{replyDue}} {{issuedDate}} {{kindName}}
create table letter_templates (
    kind    varchar(24)  primary key check (kind in ('REMINDER', 'SUPERVISION', 'LEADER_REMINDER')),
    title   varchar(200) not null,
    heading varchar(100) not null,
    body    text         not null
);

insert into letter_templates (kind, title, heading, body) values
('REMINDER',
 '关于{{caseNo}}号案件逾期未办结的提示',
 '{{centreName}}工作提示函',
 '<p class="to">{{recipientName}}：</p>
<p>本中心受理的{{caseNo}}号{{matterType}}案件，经研判后交由你单位承办。{{facts}}</p>
<p>该案件已超过规定的办理期限。按照矛盾纠纷“一站式”化解和限时办结的工作要求，现予以提示。请你单位高度重视，立即组织力量推进办理，并于{{replyDue}}前将办理进展、存在的困难和下一步措施书面反馈本中心。</p>
<p>逾期仍未办结且未说明正当理由的，本中心将依规发出《督办函》。</p>
<p class="closing">特此函告。</p>
<p class="sign">{{centreName}}</p>
<p class="date">{{issuedDate}}</p>'),
('SUPERVISION',
 '关于督办{{caseNo}}号案件的函',
 '{{centreName}}督办函',
 '<p class="to">{{recipientName}}：</p>
<p>你单位承办的{{caseNo}}号{{matterType}}案件已超过规定的办理期限，经本中心发函提示后仍未办结。{{facts}}</p>
<p>根据定期督办工作制度，现将该案件列为督办事项。请你单位主要负责同志亲自过问，明确专人负责，采取有效措施加快办理，于{{replyDue}}前办结，并将办理结果和逾期原因书面报送本中心。</p>
<p>无正当理由逾期仍未办结的，本中心将向有关领导发出《工作提醒函》，并将办理情况纳入平安建设考评。</p>
<p class="closing">特此督办。</p>
<p class="sign">{{centreName}}</p>
<p class="date">{{issuedDate}}</p>'),
('LEADER_REMINDER',
 '关于{{caseNo}}号案件办理情况的工作提醒',
 '{{centreName}}工作提醒函',
 '<p class="to">{{recipientName}}：</p>
<p>{{unitName}}承办的{{caseNo}}号{{matterType}}案件已超过规定的办理期限，本中心先后发出《工作提示函》《督办函》，该案件至今仍未办结。{{facts}}</p>
<p>为防止矛盾纠纷激化升级，特提请您关注此案，督促{{unitName}}压实办理责任，于{{replyDue}}前办结，并将办理结果反馈本中心。</p>
<p class="closing">特此提醒。</p>
<p class="sign">{{centreName}}</p>
<p class="date">{{issuedDate}}</p>');
