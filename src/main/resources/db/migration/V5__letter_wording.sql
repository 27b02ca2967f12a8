-- A letter keeps the wording it was issued with: editing a template later changes new letters
-- only, never the PDF of a letter already sent.
alter table letters add column template_title   varchar(200);
alter table letters add column template_heading varchar(100);
alter table letters add column template_body    text;

update letters l
   set template_title = t.title, template_heading = t.heading, template_body = t.body
  from letter_templates t
 where t.kind = l.kind and l.template_body is null;
