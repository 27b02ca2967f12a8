-- 月度矛盾纠纷形势分析: one PDF per centre and month, generated once. The primary key is what keeps
-- two nodes generating the same month at the same time to one report (insert ... on conflict do nothing).
create table monthly_reports (
    centre_code  varchar(32) not null references centres (code),
    month        date        not null check (month = date_trunc('month', month)::date),
    pdf          bytea       not null,
    generated_at timestamptz not null,
    generated_by varchar(64) not null,
    primary key (centre_code, month)
);

-- The report lists the warnings raised in its month.
create index risk_warnings_created_idx on risk_warnings (created_at);
